package io.dynasql.engine.capacity;

/**
 * DynamoDB's documented capacity arithmetic
 * (developerguide/read-write-operations.html, CapacityUnitCalculations.html):
 * <ul>
 *   <li>a read unit covers 4 KB strongly consistent; an eventually consistent read costs half;
 *       a transactional read twice; an item that is not found still costs the minimum;</li>
 *   <li>a write unit covers 1 KB of the larger of the old and the new item, at least one unit;
 *       a transactional write costs twice;</li>
 *   <li>Query and Scan add up the sizes of all items evaluated (before the filter) and round up
 *       to 4 KB once per page, not per item; a local index query that fetches table items adds
 *       each fetched item rounded up to 4 KB on its own (developerguide/LSI.html);</li>
 *   <li>a write whose condition fails is charged the stored item's size, at least one unit.</li>
 * </ul>
 */
public final class CapacityRules {
  /** Bytes one read unit covers. */
  public static final int READ_UNIT_BYTES = 4096;
  /** Bytes one write unit covers. */
  public static final int WRITE_UNIT_BYTES = 1024;

  private CapacityRules() {}

  /** Read units for reading {@code bytes} in one request (a missing item counts as 1 unit's size). */
  public static double readUnits(long bytes, boolean consistent) {
    long units = Math.max(1, (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
    return consistent ? units : units / 2.0;
  }

  /** Whole 4 KB read units that {@code bytes} round up to (zero for zero bytes). */
  public static long readUnitsOf(long bytes) {
    return (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES;
  }

  /**
   * Read units of the table items a local index query fetched, given the sum of each item's own
   * rounded-up units: halved when eventually consistent, with no minimum (the index read has one).
   */
  public static double fetchReadUnits(long roundedUnits, boolean consistent) {
    return consistent ? roundedUnits : roundedUnits / 2.0;
  }

  /**
   * Write units a write whose condition failed still consumes: the size of the item already
   * stored, at least one unit when there is none; never the size of the item it would have
   * written (developerguide/WorkingWithItems.html#WorkingWithItems.ConditionalWrites.ReturnConsumedCapacity).
   */
  public static double failedConditionalWriteUnits(long storedBytes) {
    return writeUnits(storedBytes);
  }

  /** Read units of a transactional read (always strongly consistent, doubled). */
  public static double transactionalReadUnits(long bytes) {
    return 2 * readUnits(bytes, true);
  }

  /** Write units for writing an item whose larger version (old or new) has {@code bytes}. */
  public static double writeUnits(long bytes) {
    return Math.max(1, (bytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
  }

  /** Write units of a transactional write (doubled). */
  public static double transactionalWriteUnits(long bytes) {
    return 2 * writeUnits(bytes);
  }
}
