package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.DynamoAccessNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.runtime.Hook;

/**
 * Looks at each statement's final plan before it runs: refuses it when it needs a SCAN and the
 * connection says {@code scan=deny} (nothing has been read yet), and notes whether SQL computes
 * an aggregate, join or sort above the store ("far from the data").
 */
final class PlanInspector {
  private PlanInspector() {}

  /** Installs the inspection for statements planned on this thread until closed. */
  static Hook.Closeable install(boolean denyScans, AccessReport report) {
    return Hook.PLAN_BEFORE_IMPLEMENTATION.addThread((RelRoot root) -> inspect(root.rel, denyScans, report));
  }

  static void inspect(RelNode plan, boolean denyScans, AccessReport report) {
    List<DynamoAccessNode> accesses = new ArrayList<>();
    boolean[] far = {false};
    walk(plan, accesses, far);
    if (far[0] && report != null) report.markFarFromData();
    if (!denyScans) return;
    for (DynamoAccessNode a : accesses) {
      if (a.path().kind() == AccessKind.SCAN) throw new ScanDeniedException(ScanAdvice.message(a));
    }
  }

  private static void walk(RelNode n, List<DynamoAccessNode> accesses, boolean[] far) {
    if (n instanceof DynamoAccessNode a) accesses.add(a);
    if (n instanceof Aggregate || n instanceof Join || n instanceof Sort || n instanceof Window) far[0] = true;
    for (RelNode in : n.getInputs()) walk(in, accesses, far);
  }
}
