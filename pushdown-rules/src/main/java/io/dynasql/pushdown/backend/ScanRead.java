package io.dynasql.pushdown.backend;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * One page of a Scan, or of one segment of a parallel Scan.
 *
 * @param index the index read, or null for the table
 * @param filter applied by the store after reading, or null
 * @param projection the top-level attributes to return, or null for whole items
 * @param limit most items to evaluate in this page, or null for a full page
 * @param startKey the previous page's last evaluated key, or null
 * @param consistent strongly consistent reads
 * @param segment this reader's segment, from 0
 * @param totalSegments how many segments the scan is split into (1: not split)
 * @param readSet where the store records what it returns, or null
 */
public record ScanRead(String index, Condition filter, Set<String> projection, Integer limit,
    Map<String, AttributeValue> startKey, boolean consistent, int segment, int totalSegments,
    ReadSet readSet) implements RangeRead {
  public ScanRead {
    projection = projection == null ? null : Set.copyOf(projection);
    if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException("Scan segment " + segment + " of " + totalSegments + " does not exist");
    }
  }

  /** A whole, unsplit scan. */
  public static ScanRead whole(String index, Condition filter, Set<String> projection,
      Map<String, AttributeValue> startKey, boolean consistent, ReadSet readSet) {
    return new ScanRead(index, filter, projection, null, startKey, consistent, 0, 1, readSet);
  }
}
