package io.dynasql.pushdown;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rex.RexNode;

/**
 * Chooses how to read a table given the conjuncts of a WHERE clause: the table's own key
 * first (GET when the whole key is fixed, BATCH_GET for several whole keys, QUERY for a
 * partition), then each secondary index whose answer is complete for the columns needed.
 * An index only ever serves a predicate that requires its key attribute to be present, so a
 * sparse index cannot miss a matching item; an index that does not project every needed
 * attribute is refused.
 */
final class KeyChoice {
  /** The chosen access and which conjuncts it consumed. */
  record Choice(AccessPath path, Set<Integer> consumed) {}

  private KeyChoice() {}

  static Choice choose(DynamoSource source, List<RexNode> conjuncts, int[] fields, Set<String> needed,
      boolean neededAll, String forcedIndex, boolean noIndex) {
    TableDescriptor t = source.descriptor();
    if (forcedIndex == null) {
      Choice table = KeyMatch.match(source, t.name(), null, t.keySchema(), conjuncts, fields, true);
      if (table != null) return table;
    }
    if (noIndex) return null;
    List<IndexDescriptor> candidates = new ArrayList<>(t.indexes());
    for (IndexDescriptor i : candidates) {
      if (forcedIndex != null && !i.name().equals(forcedIndex)) continue;
      if (forcedIndex == null && source.consistentRead() && i.kind() == IndexKind.GLOBAL) continue;
      if (!complete(i, t.keySchema(), needed, neededAll)) continue;
      Choice c = KeyMatch.match(source, t.name(), i.name(), i.keySchema(), conjuncts, fields, false);
      if (c != null) return c;
    }
    return null;
  }

  /** Whether the index's entries carry every attribute the query needs. */
  static boolean complete(IndexDescriptor i, KeySchema table, Set<String> needed, boolean neededAll) {
    if (i.projectionType() == ProjectionType.ALL) return true;
    if (neededAll) return false;
    for (String a : needed) if (!i.projects(a, table)) return false;
    return true;
  }
}
