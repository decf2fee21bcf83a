package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.pushdown.AccessRecord;
import java.sql.SQLWarning;
import java.util.List;

/**
 * The SQLWarnings (SQLState 01000) a statement's SCANs raise, naming the table, the items read,
 * the read units and the dollars: built afresh from the access report on every
 * {@code getWarnings()}, since a lazily read SCAN grows as its rows are fetched.
 */
final class ScanWarnings {
  private ScanWarnings() {}

  /** One warning per SCAN among {@code lines}, chained before {@code others}; null when none. */
  static SQLWarning chain(List<AccessLine> lines, SQLWarning others) {
    SQLWarning head = null;
    SQLWarning tail = null;
    for (AccessLine line : lines) {
      if (!line.isScan()) continue;
      AccessRecord r = line.record();
      SQLWarning w = new SQLWarning(String.format(java.util.Locale.ROOT,
          "Full SCAN of table %s: %d items read, %.1f read units, $%.8f on DynamoDB on-demand",
          r.table(), r.itemsRead(), r.readUnits(), line.costUsd()), SqlState.WARNING.code());
      if (head == null) head = w;
      else tail.setNextWarning(w);
      tail = w;
    }
    if (head == null) return others;
    if (others != null) tail.setNextWarning(others);
    return head;
  }
}
