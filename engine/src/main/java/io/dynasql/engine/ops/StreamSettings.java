package io.dynasql.engine.ops;

import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.stream.StreamArns;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Applies a StreamSpecification to a table (CreateTable, UpdateTable): enabling starts a new
 * stream with a new label; disabling ends the current one, which stays readable for 24 hours.
 */
final class StreamSettings {
  private StreamSettings() {}

  /** Refuses a specification DynamoDB would refuse, before anything is written. */
  static void validate(StreamSpecification spec, String table) {
    if (spec != null && spec.streamEnabled() && spec.streamViewType() == null) {
      throw new ValidationException("One or more parameter values were invalid: StreamViewType is required when"
          + " StreamEnabled is true (table " + table + ")");
    }
  }

  /** {@code t} with {@code spec} applied, in the writer's transaction; {@code t} itself when spec is null. */
  static TableDescriptor apply(Engine engine, Txn<DirectBuffer> txn, TableDescriptor t, StreamSpecification spec) {
    if (spec == null) return t;
    validate(spec, t.name());
    StreamInfo active = t.activeStream();
    if (spec.streamEnabled() && active != null) {
      throw new ValidationException("Table already has an enabled stream: "
          + StreamArns.arn(engine.region(), t.name(), active.label()) + " (table " + t.name() + ")");
    }
    if (!spec.streamEnabled() && active == null) {
      throw new ValidationException("Table " + t.name() + " has no enabled stream to disable");
    }
    List<StreamInfo> streams = new ArrayList<>();
    long boundary = engine.changes().boundary(txn); // checked first: a refused request writes nothing
    for (StreamInfo s : t.streams()) {
      // Ended streams are readable for 24 hours; after that they are forgotten.
      if (s.enabled() || s.endMicros() > boundary - ChangeLog.RETENTION_MICROS) streams.add(s);
    }
    if (spec.streamEnabled()) {
      streams.add(new StreamInfo(newLabel(t, boundary), boundary, spec.streamViewType(), StreamInfo.OPEN));
    } else {
      streams.set(streams.size() - 1, active.endedAt(boundary));
    }
    return t.withStreams(streams);
  }

  /** A label after every earlier stream's: two streams enabled in one millisecond still differ. */
  private static String newLabel(TableDescriptor t, long micros) {
    StreamInfo latest = t.latestStream();
    long at = micros;
    while (latest != null && StreamArns.label(at).compareTo(latest.label()) <= 0) at += 1000;
    return StreamArns.label(at);
  }
}
