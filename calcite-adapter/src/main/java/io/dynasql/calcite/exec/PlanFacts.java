package io.dynasql.calcite.exec;

import io.dynasql.pushdown.DynamoAccessNode;
import io.dynasql.pushdown.DynamoLookupJoin;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import io.dynasql.pushdown.DynamoTableAccess;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Project;
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
 * @param rowsFromOneAccess every result row is one row of the plan's one access, in its order
 *     (the access itself, or a Project / a Calc without a condition over it): a cap on the rows
 *     handed out (JDBC's maxRows) can then be the access's own limit
 */
public record PlanFacts(List<DynamoAccessNode> accesses, boolean farFromData, PointAccess point,
    boolean rowsFromOneAccess) {
  /** A statement that runs no plan (EXPLAIN). */
  public static final PlanFacts NONE = new PlanFacts(List.of(), false, null, false);

  /** The facts of {@code root}, a final plan. */
  static PlanFacts of(RelRoot root) {
    List<DynamoAccessNode> accesses = new ArrayList<>();
    boolean[] far = {false};
    walk(root.rel, accesses, far);
    return new PlanFacts(List.copyOf(accesses), far[0], PointAccess.of(root), rowsFromOneAccess(root.rel));
  }

  private static boolean rowsFromOneAccess(RelNode rel) {
    while (rel instanceof Project || rel instanceof Calc c && c.getProgram().getCondition() == null) {
      rel = rel.getInput(0);
    }
    return rel instanceof DynamoTableAccess;
  }

  private static void walk(RelNode n, List<DynamoAccessNode> accesses, boolean[] far) {
    if (n instanceof DynamoAccessNode a) accesses.add(a);
    // a lookup join reads by key, but still matches rows in SQL
    if (n instanceof Aggregate || n instanceof Join || n instanceof DynamoLookupJoin || n instanceof Sort || n instanceof Window) far[0] = true;
    for (RelNode in : n.getInputs()) walk(in, accesses, far);
  }
}
