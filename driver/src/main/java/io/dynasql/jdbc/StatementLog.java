package io.dynasql.jdbc;

import io.dynasql.calcite.sys.AccessLogStore;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.sql.Timestamp;

/**
 * Writes a finished statement's table accesses to {@code sys.access_log}: once per statement,
 * when its rows are exhausted or its result set or statement closes.
 */
final class StatementLog {
  private StatementLog() {}

  static void finish(JdbcConnection connection, AccessReport report, String sql, long startedAt) {
    if (report == null || !report.finish() || report.records().isEmpty()) return;
    AccessLogStore log = AccessLogStore.of(connection.database());
    long id = log.nextStatementId();
    for (AccessLine line : connection.lines(report)) {
      AccessRecord r = line.record();
      log.add(new AccessLogStore.Row(id, sql, r.table(), r.index(), r.kind().name(), r.itemsRead(), r.itemsReturned(),
          r.readUnits(), r.writeUnits(), line.costUsd(), line.farFromData(), new Timestamp(startedAt), r.atomicOnDynamo(),
          r.remote() == null ? null : new AccessLogStore.Remote(r.remote().source(), r.remote().sql(), r.bytesRead(),
              r.remote().roundTrips(), r.remote().millis())));
    }
  }
}
