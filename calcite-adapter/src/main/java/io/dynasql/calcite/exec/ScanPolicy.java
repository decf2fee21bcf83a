package io.dynasql.calcite.exec;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.DynamoAccessNode;

/**
 * The connection's {@code scan} setting as it applies to plans: with {@code deny}, a plan that
 * needs a full SCAN is refused between planning and execution, before anything is read.
 */
public enum ScanPolicy {
  /** Every plan runs (scan=allow and scan=warn; warnings are the driver's business). */
  ALLOW,
  /** A plan with a SCAN is refused ({@link ScanDeniedException}). */
  DENY;

  /** Refuses {@code plan} when this policy forbids one of its accesses. */
  public void check(PlanFacts plan) {
    if (this != DENY) return;
    for (DynamoAccessNode a : plan.accesses()) {
      if (a.path().kind() == AccessKind.SCAN) throw new ScanDeniedException(ScanAdvice.message(a));
    }
  }
}
