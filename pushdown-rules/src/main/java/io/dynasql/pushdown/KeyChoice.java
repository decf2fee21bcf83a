package io.dynasql.pushdown;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rex.RexNode;

/**
 * Chooses how to read a table given the conjuncts of a WHERE clause. Every complete candidate is
 * priced in estimated read units ({@link AccessCost#readUnits}): the table's own key (GET when
 * the whole key is fixed, BATCH_GET for several whole keys, QUERY for a partition), each
 * secondary index whose key the conjuncts fix and whose answer is complete for the columns
 * needed, and a SCAN; the cheapest wins, ties going to the table, then the indexes in order, the
 * SCAN last. An index only ever serves a predicate that requires its key attribute to be
 * present, so a sparse index cannot miss a matching item; an index that does not project every
 * needed attribute is refused. A forced index (a hint) is taken whenever its key matches;
 * forbidden indexes leave the table's key and the SCAN.
 */
final class KeyChoice {
  /** The chosen access and which conjuncts it consumed. */
  record Choice(AccessPath path, Set<Integer> consumed) {}

  private KeyChoice() {}

  /** The cheapest keyed access, or null when a SCAN is (or nothing else matches). */
  static Choice choose(DynamoSource source, List<RexNode> conjuncts, int[] fields, Set<String> needed,
      boolean neededAll, String forcedIndex, boolean noIndex) {
    TableShape t = source.shape();
    List<Choice> candidates = new ArrayList<>();
    if (forcedIndex == null) {
      Choice table = KeyMatch.match(source, t.name(), null, t.keySchema(), conjuncts, fields, true);
      if (table != null) candidates.add(table);
    }
    if (!noIndex) {
      for (IndexShape i : t.indexes()) {
        if (forcedIndex != null && !i.name().equals(forcedIndex)) continue;
        if (forcedIndex == null && source.consistentRead() && i.kind() == IndexKind.GLOBAL) continue;
        if (!complete(i, t.keySchema(), needed, neededAll)) continue;
        Choice c = KeyMatch.match(source, t.name(), i.name(), i.keySchema(), conjuncts, fields, false);
        if (c != null) candidates.add(c);
      }
    }
    if (forcedIndex != null) return candidates.isEmpty() ? null : candidates.get(0);
    return cheapest(candidates, source);
  }

  /** The first candidate of least estimated read units, or null when a SCAN costs less than all. */
  private static Choice cheapest(List<Choice> candidates, DynamoSource source) {
    if (candidates.isEmpty()) return null;
    // the table's own key never reads more than a SCAN: no statistics needed (planning stays cheap)
    if (candidates.size() == 1 && candidates.get(0).path().index() == null) return candidates.get(0);
    TableStatistics stats = source.backend().statistics();
    boolean consistent = source.consistentRead();
    Choice best = null;
    double bestUnits = AccessCost.readUnits(AccessPath.scan(source.shape().name()), stats, consistent);
    boolean scanCheaper = true;
    for (Choice c : candidates) {
      double units = AccessCost.readUnits(c.path(), stats, consistent);
      if (units < bestUnits || (scanCheaper && units <= bestUnits)) {
        best = c;
        bestUnits = units;
        scanCheaper = false;
      }
    }
    return best;
  }

  /** Whether the index's entries carry every attribute the query needs. */
  static boolean complete(IndexShape i, KeySchema table, Set<String> needed, boolean neededAll) {
    if (i.projectionType() == ProjectionType.ALL) return true;
    if (neededAll) return false;
    for (String a : needed) if (!i.projects(a, table)) return false;
    return true;
  }
}
