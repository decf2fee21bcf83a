package io.dynasql.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * What one sweep did. TTL deletions are free in DynamoDB (developerguide/howitworks-ttl.html),
 * so a sweep reports items, not capacity: it consumes no read or write units, on the table or
 * on its indexes.
 *
 * @param now the time the sweep judged expiry by: the clock's time when it began
 * @param tables one entry per table with TTL enabled, in name order
 */
public record SweepReport(Instant now, List<TableSweep> tables) {
  public SweepReport {
    tables = List.copyOf(tables);
  }

  /**
   * One table's part of a sweep.
   *
   * @param tableName the table
   * @param attributeName its TTL attribute
   * @param pages pages of at most 1 MB of item data read; the whole table, however many
   * @param itemsScanned items read
   * @param itemsDeleted expired items deleted (an item written again with a later expiry between
   *     the read and the delete is kept)
   */
  public record TableSweep(String tableName, String attributeName, int pages, long itemsScanned, long itemsDeleted) {}

  /** Items deleted in all tables. */
  public long itemsDeleted() {
    return tables.stream().mapToLong(TableSweep::itemsDeleted).sum();
  }

  /** The part of table {@code name}, or null when it was not swept. */
  public TableSweep table(String name) {
    return tables.stream().filter(t -> t.tableName().equals(name)).findFirst().orElse(null);
  }
}
