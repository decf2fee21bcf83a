package io.dynasql.calcite.exec;

import io.dynasql.pushdown.DynamoAccessNode;
import io.dynasql.pushdown.DynamoLookupJoin;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Window;

/**
 * What a final plan is, read from its relational expression between planning and execution:
 * the store accesses it makes (scan=deny refuses a plan with a SCAN before anything is read),
 * whether SQL computes an aggregate, join or sort above them ("far from the data"), and whether
 * the whole plan is one GET of whole columns, which runs without generated code.
 *
 * @param accesses the store accesses, in plan order
 * @param farFromData whether an aggregate, join, sort or window works above the store
 * @param point the plan as one GET, or null
 */
public record PlanFacts(List<DynamoAccessNode> accesses, boolean farFromData, PointAccess point) {
  /** A statement that runs no plan (EXPLAIN). */
  public static final PlanFacts NONE = new PlanFacts(List.of(), false, null);

  /** The facts of {@code root}, a final plan. */
  static PlanFacts of(RelRoot root) {
    List<DynamoAccessNode> accesses = new ArrayList<>();
    boolean[] far = {false};
    walk(root.rel, accesses, far);
    return new PlanFacts(List.copyOf(accesses), far[0], PointAccess.of(root));
  }

  private static void walk(RelNode n, List<DynamoAccessNode> accesses, boolean[] far) {
    if (n instanceof DynamoAccessNode a) accesses.add(a);
    // a lookup join reads by key, but still matches rows in SQL
    if (n instanceof Aggregate || n instanceof Join || n instanceof DynamoLookupJoin || n instanceof Sort || n instanceof Window) far[0] = true;
    for (RelNode in : n.getInputs()) walk(in, accesses, far);
  }
}
