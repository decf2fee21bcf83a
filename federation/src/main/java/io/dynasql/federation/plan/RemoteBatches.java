package io.dynasql.federation.plan;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.RemoteCall;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;

/**
 * Sends the keys of a semi-join reduction in batches of {@code IN (?, ...)} and keeps one
 * REMOTE_SQL label for all of them: the rows and bytes of every batch, one round trip per batch
 * (and per further fetch or retry), and the first batch's statement as sent. No keys, no
 * statement: the label then shows no round trip.
 */
final class RemoteBatches {
  private final RemoteLookupSpec spec;
  private final List<AccessRecord> done = new ArrayList<>();
  private final long started = System.nanoTime();
  private volatile RemoteRows current;
  private volatile String sql;
  private volatile long millis = -1;

  private RemoteBatches(RemoteLookupSpec spec) {
    this.spec = spec;
  }

  /** The rows (as arrays of the inner statement's columns) of every key in {@code keys}. */
  static List<Object[]> read(RemoteLookupSpec spec, List<List<Object>> keys, DataContext root, AccessReport report) {
    RemoteBatches batches = new RemoteBatches(spec);
    if (report != null) report.track(report.open(), batches::record);
    List<Object[]> out = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += spec.batchSize()) {
      RemoteQuery q = spec.batch(keys.subList(from, Math.min(keys.size(), from + spec.batchSize())));
      RemoteSqlWriter.Written w = RemoteSqlWriter.write(q, spec.source().dialect());
      if (batches.sql == null) batches.sql = w.sql();
      RemoteRows rows = new RemoteRows(spec.source(), q, w.sql(), RemoteRunner.bind(w.operands(), q, root), false, null);
      batches.current = rows;
      try {
        while (rows.moveNext()) out.add(widened(spec, (Object[]) rows.current()));
      } finally {
        rows.close();
      }
      synchronized (batches.done) {
        batches.done.add(rows.record());
      }
      batches.current = null;
    }
    batches.millis = (System.nanoTime() - batches.started) / 1_000_000L;
    return out;
  }

  private static Object[] widened(RemoteLookupSpec spec, Object[] row) {
    for (int i = 0; i < row.length; i++) row[i] = RemoteKeys.widened(row[i], spec.types().get(i));
    return row;
  }

  private AccessRecord record() {
    long rows = 0;
    long bytes = 0;
    long trips = 0;
    List<AccessRecord> all;
    synchronized (done) {
      all = new ArrayList<>(done);
    }
    RemoteRows running = current;
    if (running != null) all.add(running.record());
    for (AccessRecord r : all) {
      rows += r.itemsReturned();
      bytes += r.bytesRead();
      trips += r.remote().roundTrips();
    }
    long ms = millis >= 0 ? millis : (System.nanoTime() - started) / 1_000_000L;
    RemoteQuery q = spec.inner();
    String table = spec.source().name() + "." + (q.table().schema() == null ? "" : q.table().schema() + ".") + q.table().name();
    return new AccessRecord(AccessKind.REMOTE_SQL, table, null, rows, rows, bytes, 0, 0,
        new RemoteCall(spec.source().name(), sql == null ? spec.sql() : sql, trips, ms));
  }
}
