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
 */
public record AtomicWriteResponse(int applied, int skipped, long bytesWritten, List<ConsumedCapacity> consumedCapacity) {
  public AtomicWriteResponse {
    consumedCapacity = List.copyOf(consumedCapacity);
  }

  /** Total write units over all tables and indexes. */
  public double writeCapacityUnits() {
    double w = 0;
    for (ConsumedCapacity c : consumedCapacity) w += c.writeCapacityUnits();
    return w;
  }
}
