package io.dynasql.engine.ops;

import io.dynasql.engine.api.TimeToLiveDescription;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.api.UpdateTimeToLiveResponse;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.catalog.TimeToLiveInfo;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.TimeToLiveStatus;
import io.dynasql.engine.time.Micros;

/**
 * UpdateTimeToLive and DescribeTimeToLive (APIReference/API_UpdateTimeToLive.html). The setting
 * lives in the table's catalog entry and takes effect at once: the sweeper deletes by it from the
 * next sweep on. DynamoDB's refusals are kept: enabling twice, enabling on another attribute
 * while enabled (disable first), disabling twice, and any second change within an hour.
 */
public final class TimeToLiveOperations {
  /** DynamoDB refuses another UpdateTimeToLive on a table within this long of the last one. */
  public static final long CHANGE_INTERVAL_MICROS = Micros.HOUR;
  /** AttributeName's documented length limit (API_TimeToLiveSpecification.html). */
  static final int MAX_ATTRIBUTE_NAME = 255;

  private final Engine engine;

  public TimeToLiveOperations(Engine engine) {
    this.engine = engine;
  }

  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest r) {
    Names.checkTable(r.tableName());
    TimeToLiveSpecification spec = validate(r.timeToLiveSpecification());
    UpdateTimeToLiveResponse done = engine.writer().submit(txn -> {
      TableDescriptor t = engine.catalog().table(txn, r.tableName());
      long now = Micros.now(engine.clock());
      refuse(t, spec, now);
      engine.catalog().put(txn, t.withTimeToLive(new TimeToLiveInfo(spec.attributeName(), spec.enabled(), now)));
      // DynamoDB echoes a disable without the attribute name, as Dynalite's recorded answers show.
      return new UpdateTimeToLiveResponse(spec.enabled() ? spec : new TimeToLiveSpecification(null, false));
    });
    if (spec.enabled()) engine.ttlHints().noteEnabled(); // items already expired are due now
    return done;
  }

  public TimeToLiveDescription describeTimeToLive(String tableName) {
    Names.checkTable(tableName);
    TableDescriptor t = engine.store().read(txn -> engine.catalog().table(txn, tableName));
    String attribute = t.ttlAttribute();
    return attribute == null ? new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null)
        : new TimeToLiveDescription(TimeToLiveStatus.ENABLED, attribute);
  }

  private static TimeToLiveSpecification validate(TimeToLiveSpecification spec) {
    if (spec == null) {
      throw new ValidationException("1 validation error detected: Value null at 'timeToLiveSpecification'"
          + " failed to satisfy constraint: Member must not be null");
    }
    String name = spec.attributeName();
    if (name == null) {
      throw new ValidationException("1 validation error detected: Value null at 'timeToLiveSpecification.attributeName'"
          + " failed to satisfy constraint: Member must not be null");
    }
    if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME) {
      throw new ValidationException("1 validation error detected: Value '" + name
          + "' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length"
          + " between 1 and " + MAX_ATTRIBUTE_NAME);
    }
    return spec;
  }

  /** Throws DynamoDB's ValidationException when {@code spec} may not be applied to {@code t} at {@code now}. */
  private static void refuse(TableDescriptor t, TimeToLiveSpecification spec, long now) {
    TimeToLiveInfo current = t.timeToLive();
    boolean on = current != null && current.enabled();
    if (spec.enabled() && on) {
      String detail = current.attributeName().equals(spec.attributeName())
          ? " (table " + t.name() + ", attribute " + spec.attributeName() + ")"
          : " on attribute " + current.attributeName() + " (table " + t.name() + "): disable it before enabling it on "
              + spec.attributeName();
      throw new ValidationException("TimeToLive is already enabled" + detail);
    }
    if (!spec.enabled() && !on) {
      throw new ValidationException("TimeToLive is already disabled (table " + t.name() + ")");
    }
    if (!spec.enabled() && !current.attributeName().equals(spec.attributeName())) {
      throw new ValidationException("TimeToLive is enabled on attribute " + current.attributeName() + ", not "
          + spec.attributeName() + " (table " + t.name() + ")");
    }
    if (current != null && now - current.changedMicros() < CHANGE_INTERVAL_MICROS) {
      throw new ValidationException("Time to live has been modified multiple times within a fixed interval (table "
          + t.name() + ": last changed at " + Micros.toInstant(current.changedMicros()) + ", next change allowed from "
          + Micros.toInstant(current.changedMicros() + CHANGE_INTERVAL_MICROS) + ")");
    }
  }
}
