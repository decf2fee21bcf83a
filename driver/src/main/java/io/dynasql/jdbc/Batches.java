package io.dynasql.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * executeBatch: runs each entry (a statement text, or a prepared statement's bound row) in order
 * through the same path as a single execution; the first failure stops the batch with a
 * BatchUpdateException holding the counts of the entries before it (each of which stays done).
 */
final class Batches {
  /** One entry: runs it and returns what executeUpdate returned. */
  @FunctionalInterface
  interface Entry {
    Object run() throws Exception;
  }

  private Batches() {}

  /** Runs {@code entries}; the update counts as int[] or, when {@code large}, long[]. */
  static Object run(List<Entry> entries, boolean large) throws SQLException {
    List<Long> counts = new ArrayList<>();
    try {
      for (Entry e : entries) counts.add(e.run() instanceof Number n ? n.longValue() : 0L);
    } catch (SQLException e) {
      long[] done = counts.stream().mapToLong(Long::longValue).toArray();
      throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), done, e);
    } catch (Exception e) {
      throw SqlStates.of(e);
    }
    if (large) return counts.stream().mapToLong(Long::longValue).toArray();
    return counts.stream().mapToInt(c -> (int) Math.min(Integer.MAX_VALUE, c)).toArray();
  }
}
