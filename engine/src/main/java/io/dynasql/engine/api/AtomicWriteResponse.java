package io.dynasql.engine.api;

import java.util.List;

/**
 * What an atomic write did.
 *
 * @param applied actions applied (condition checks included)
 * @param skipped actions left out because their condition failed
 * @param bytesWritten item bytes the write units were computed on: for each applied write,
 *     the larger of the item before and after (a delete: the item removed)
 * @param consumedCapacity units per table, skipped actions' charge included
 * @param skippedActions the positions, in the request's actions, of the {@code skipped} ones,
 *     ascending: the SQL layer maps them back to the statements or batch rows they came from
 */
public record AtomicWriteResponse(int applied, int skipped, long bytesWritten, List<ConsumedCapacity> consumedCapacity,
    List<Integer> skippedActions) {
  public AtomicWriteResponse {
    consumedCapacity = List.copyOf(consumedCapacity);
    skippedActions = List.copyOf(skippedActions);
    if (skippedActions.size() != skipped) {
      throw new IllegalArgumentException(skipped + " actions skipped but " + skippedActions.size() + " positions given");
    }
  }

  /**
   * A response that skipped nothing. Only positions make a skip meaningful to a caller, so a
   * response that skipped actions must name them (the five-component constructor).
   */
  public AtomicWriteResponse(int applied, int skipped, long bytesWritten, List<ConsumedCapacity> consumedCapacity) {
    this(applied, skipped, bytesWritten, consumedCapacity, List.of());
  }

  /** Total write units over all tables and indexes. */
  public double writeCapacityUnits() {
    double w = 0;
    for (ConsumedCapacity c : consumedCapacity) w += c.writeCapacityUnits();
    return w;
  }
}
