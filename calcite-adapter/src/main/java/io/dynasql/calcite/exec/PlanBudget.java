package io.dynasql.calcite.exec;

import io.dynasql.pushdown.AccessEstimate;
import io.dynasql.pushdown.DynamoAccessNode;
import io.dynasql.pushdown.FetchBudget;
import io.dynasql.pushdown.PlannedFetch;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;

/**
 * The connection's {@link FetchBudget} applied to a final plan, before anything is read: the
 * expected rows, bytes and dollars of every access, a dynasql table's (from the estimate EXPLAIN
 * shows as est_items and est_usd) and a source's ({@link PlannedFetch.Estimated}), are added
 * up and compared with the budget, so a budget means the same for both kinds of table.
 */
final class PlanBudget {
  private PlanBudget() {}

  /** Refuses {@code plan} when its accesses are expected to pass {@code budget}. */
  static void check(FetchBudget budget, RelNode plan) {
    if (!budget.limits() || plan == null) return;
    List<PlannedFetch> fetches = new ArrayList<>();
    collect(plan, fetches);
    budget.checkPlan(fetches);
  }

  private static void collect(RelNode n, List<PlannedFetch> out) {
    if (n instanceof PlannedFetch.Estimated e) {
      out.add(e.plannedFetch());
    } else if (n instanceof DynamoAccessNode a) {
      AccessEstimate e = AccessEstimate.of(a.path(), a.source());
      double itemBytes = a.source().backend().statistics().of(a.path().index()).averageItemBytes();
      out.add(new PlannedFetch("table " + a.path().table() + " (" + a.path().kind() + ")", e.items(), e.items() * itemBytes,
          e.dollars()));
    }
    for (RelNode in : n.getInputs()) collect(in, out);
  }
}
