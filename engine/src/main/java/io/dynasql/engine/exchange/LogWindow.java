package io.dynasql.engine.exchange;

import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.error.InvalidExportTimeException;
import io.dynasql.engine.error.PointInTimeRecoveryUnavailableException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.time.Micros;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * What the change log says about a table between two times: for every item changed in
 * {@code [from, to)}, its image before the first change, after the last one, and the last
 * change's time. The log holds a table's changes only while it has a stream, for 24 hours, so a
 * window the log does not cover is refused rather than answered with missing changes.
 */
final class LogWindow {
  /** One item's net change in the window; an image is null where the item did not exist. */
  record Net(Map<String, AttributeValue> before, Map<String, AttributeValue> after, long lastMicros) {}

  private LogWindow() {}

  /** Throws unless every change of {@code t} from {@code fromMicros} on is in the log. */
  static void checkCovered(TableDescriptor t, long fromMicros, long nowMicros) {
    StreamInfo s = t.activeStream();
    if (s == null) {
      throw new PointInTimeRecoveryUnavailableException("Table " + t.name() + " keeps no change history: exports "
          + "at a past time and incremental exports read the change log, which holds a table's changes while it "
          + "has a stream enabled, for 24 hours");
    }
    if (fromMicros > nowMicros || s.createdMicros() > fromMicros || nowMicros - fromMicros > ChangeLog.RETENTION_MICROS) {
      throw new InvalidExportTimeException("Export time " + Micros.toInstant(fromMicros) + " of table " + t.name()
          + " is outside its change history, which runs from " + Micros.toInstant(
              Math.max(s.createdMicros(), nowMicros - ChangeLog.RETENTION_MICROS)) + " to now (" + Micros.toInstant(nowMicros) + ")");
    }
  }

  /** Each item changed in {@code [fromMicros, toMicros)}, by key, in order of first change. */
  static Map<Map<String, AttributeValue>, Net> changes(LmdbStore store, Txn<DirectBuffer> txn, TableDescriptor t,
      long fromMicros, long toMicros) {
    Map<Map<String, AttributeValue>, Net> out = new LinkedHashMap<>();
    long first = LogCursor.firstAtOrAfter(store, txn, t.keyspace(), fromMicros);
    if (first == Long.MAX_VALUE) return out;
    try (LogCursor c = new LogCursor(store, txn, t.keyspace(), first)) {
      while (c.next() && c.micros() < toMicros) {
        ChangeRecord r = c.record();
        Map<String, AttributeValue> key = t.keySchema().keyOf(r.newImage() != null ? r.newImage() : r.oldImage());
        Net was = out.get(key);
        out.put(key, new Net(was == null ? r.oldImage() : was.before(), r.newImage(), r.commitMicros()));
      }
    }
    return out;
  }
}
