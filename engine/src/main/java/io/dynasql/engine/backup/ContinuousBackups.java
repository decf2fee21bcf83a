package io.dynasql.engine.backup;

import io.dynasql.engine.api.ContinuousBackupsDescription;
import io.dynasql.engine.api.PointInTimeRecoveryDescription;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.catalog.PointInTimeRecoveryInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.changelog.RetentionFloor;
import io.dynasql.engine.error.TableNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.PointInTimeRecoveryStatus;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.Names;
import io.dynasql.engine.time.Micros;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * UpdateContinuousBackups and DescribeContinuousBackups (APIReference/API_UpdateContinuousBackups.html).
 * Enabling starts the window at a change-log boundary (every later change is logged) and takes
 * the table's first recovery base; disabling removes the base and lets the log trim as a
 * stream's would. Turning recovery off and on again restarts the window, as in DynamoDB.
 */
public final class ContinuousBackups {
  /** LatestRestorableDateTime is typically 5 minutes before the current time (API_PointInTimeRecoveryDescription.html). */
  public static final long LATEST_LAG_MICROS = 5 * Micros.MINUTE;

  private final Engine engine;
  private final RecoveryBases bases;

  public ContinuousBackups(Engine engine, RecoveryBases bases) {
    this.engine = engine;
    this.bases = bases;
  }

  public ContinuousBackupsDescription update(UpdateContinuousBackupsRequest r) {
    Names.checkTable(r.tableName());
    PointInTimeRecoverySpecification spec = r.pointInTimeRecoverySpecification();
    if (spec == null) {
      throw new ValidationException("1 validation error detected: Value null at 'pointInTimeRecoverySpecification'"
          + " failed to satisfy constraint: Member must not be null");
    }
    Integer days = spec.recoveryPeriodInDays();
    if (days != null && (days < PointInTimeRecoveryInfo.MIN_DAYS || days > PointInTimeRecoveryInfo.MAX_DAYS)) {
      throw new ValidationException("1 validation error detected: Value '" + days + "' at"
          + " 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must have"
          + " value between 1 and 35 (table " + r.tableName() + ")");
    }
    TableDescriptor[] before = new TableDescriptor[1];
    TableDescriptor after = engine.writer().submit(txn -> {
      TableDescriptor t = table(txn, r.tableName());
      before[0] = t;
      TableDescriptor next = t.withPointInTimeRecovery(next(txn, t, spec));
      if (!spec.pointInTimeRecoveryEnabled() && t.pitrEnabled()) {
        RetentionFloor.delete(engine.store(), txn, t.keyspace());
        // back to a stream's retention (an ended stream is readable for 24 hours too)
        engine.changes().trim(txn, t.keyspace(), Micros.now(engine.clock()) - ChangeLog.RETENTION_MICROS, Integer.MAX_VALUE);
      }
      engine.catalog().put(txn, next);
      return next;
    });
    if (after.pitrEnabled() && !before[0].pitrEnabled()) bases.take(after.name());
    if (!after.pitrEnabled() && before[0].pitrEnabled()) bases.drop(after.keyspace());
    return describe(after);
  }

  public ContinuousBackupsDescription describe(String tableName) {
    Names.checkTable(tableName);
    TableDescriptor t = engine.store().read(txn -> table(txn, tableName));
    return describe(t);
  }

  /** The window of {@code t} now: [earliest, latest] in whole seconds, or null when recovery is off. */
  long[] window(TableDescriptor t) {
    if (!t.pitrEnabled()) return null;
    long now = Micros.now(engine.clock());
    long earliest = ceilSecond(t.pointInTimeRecovery().earliestMicros(now));
    long latest = Math.max(earliest, Math.floorDiv(now - LATEST_LAG_MICROS, Micros.SECOND) * Micros.SECOND);
    return new long[] {earliest, latest};
  }

  private ContinuousBackupsDescription describe(TableDescriptor t) {
    long[] w = window(t);
    PointInTimeRecoveryDescription d = w == null
        ? new PointInTimeRecoveryDescription(PointInTimeRecoveryStatus.DISABLED, null, null, null)
        : new PointInTimeRecoveryDescription(PointInTimeRecoveryStatus.ENABLED, Micros.toInstant(w[0]),
            Micros.toInstant(w[1]), t.pointInTimeRecovery().recoveryPeriodInDays());
    return new ContinuousBackupsDescription("ENABLED", d);
  }

  private PointInTimeRecoveryInfo next(Txn<DirectBuffer> txn, TableDescriptor t, PointInTimeRecoverySpecification spec) {
    PointInTimeRecoveryInfo now = t.pointInTimeRecovery();
    int days = spec.recoveryPeriodInDays() != null ? spec.recoveryPeriodInDays()
        : now != null ? now.recoveryPeriodInDays() : PointInTimeRecoveryInfo.MAX_DAYS;
    if (!spec.pointInTimeRecoveryEnabled()) return now == null ? null : new PointInTimeRecoveryInfo(false, days, now.enabledMicros());
    if (t.pitrEnabled()) return new PointInTimeRecoveryInfo(true, days, now.enabledMicros());
    // every change committed after this boundary is logged, every one before it is in the base
    return new PointInTimeRecoveryInfo(true, days, engine.changes().boundary(txn));
  }

  /** The table, or DynamoDB's TableNotFoundException for these operations. */
  TableDescriptor table(Txn<DirectBuffer> txn, String name) {
    TableDescriptor t = engine.catalog().tables(txn).get(name);
    if (t == null) throw new TableNotFoundException("Table not found: " + name);
    return t;
  }

  private static long ceilSecond(long micros) {
    return Math.floorDiv(micros + Micros.SECOND - 1, Micros.SECOND) * Micros.SECOND;
  }
}
