package io.dynasql.calcite.dml;

import java.util.Map;
import java.util.Set;

/**
 * What a source did with a {@link SourceWrite}, as its WRITE label shows it.
 *
 * @param failed the positions of actions whose condition failed (skipped; in a transaction, the
 *     reason it was canceled, and then nothing was written)
 * @param tableUnits the table's write units the service reported (ConsumedCapacity)
 * @param indexUnits each secondary index's write units the service reported
 * @param calls requests sent (a batch's resent unprocessed items count again)
 * @param millis time from the first request sent to the last answer
 */
public record SourceWriteResult(Set<Integer> failed, double tableUnits, Map<String, Double> indexUnits, long calls, long millis) {
  public SourceWriteResult {
    failed = Set.copyOf(failed);
    indexUnits = Map.copyOf(indexUnits);
  }

  /** How many of {@code write}'s actions were applied. */
  public long applied(SourceWrite write) {
    if (write instanceof SourceWrite.Transaction) return failed.isEmpty() ? write.actions().size() : 0;
    return write.actions().size() - failed.size();
  }
}
