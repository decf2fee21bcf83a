package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement's budget: estimates of all its accesses added up at planning, actual counts while reading. */
class FetchBudgetTest {
  private static final List<PlannedFetch> TWO = List.of(new PlannedFetch("source crm table crm.public.a", 60, 600, 0.5),
      new PlannedFetch("table orders (SCAN)", 50, 5000, 0.25));

  @Test
  void noLimitsRefuseNothing() {
    assertDoesNotThrow(() -> FetchBudget.NONE.checkPlan(TWO));
    AccessReport r = new AccessReport();
    assertDoesNotThrow(() -> r.fetched(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, "x"));
  }

  @Test
  void theAccessesAreAddedUpAndEachIsNamed() {
    // each is under 100 rows, together 110
    FetchBudgetExceededException e = assertThrows(FetchBudgetExceededException.class,
        () -> new FetchBudget(100, 0, 0).checkPlan(TWO));
    assertTrue(e.getMessage().contains("fetch 110 rows, over the budget maxRowsFetched=100"), e.getMessage());
    assertTrue(e.getMessage().contains("source crm table crm.public.a est_rows=60 est_bytes=600 est_usd=0.5")
        && e.getMessage().contains("table orders (SCAN) est_rows=50"), e.getMessage());
    assertDoesNotThrow(() -> new FetchBudget(110, 5600, 0.75).checkPlan(TWO));
    assertThrows(FetchBudgetExceededException.class, () -> new FetchBudget(0, 5599, 0).checkPlan(TWO));
    e = assertThrows(FetchBudgetExceededException.class, () -> new FetchBudget(0, 0, 0.7).checkPlan(TWO));
    assertTrue(e.getMessage().contains("cost 0.75 dollars, over the budget maxCostUsd=0.7"), e.getMessage());
  }

  @Test
  void aReportStopsTheStatementWhenItsTotalPassesTheBudget() {
    AccessReport r = new AccessReport();
    r.budget(new FetchBudget(10, 1000, 0));
    r.fetched(6, 100, "table a");
    r.fetched(4, 100, "table b"); // exactly 10: still within
    FetchBudgetExceededException e = assertThrows(FetchBudgetExceededException.class, () -> r.fetched(1, 1, "source s table c"));
    assertTrue(e.getMessage().contains("fetched 11 rows, over the budget maxRowsFetched=10 (the last from source s table c)"),
        e.getMessage());
    AccessReport bytes = new AccessReport();
    bytes.budget(new FetchBudget(0, 1000, 0));
    e = assertThrows(FetchBudgetExceededException.class, () -> bytes.fetched(1, 1001, "table a"));
    assertTrue(e.getMessage().contains("fetched 1001 bytes, over the budget maxBytesFetched=1000"), e.getMessage());
  }
}
