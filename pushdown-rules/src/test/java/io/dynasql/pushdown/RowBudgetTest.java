package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Limit each Query/Scan call of a limited access carries. DynamoDB evaluates at most Limit
 * items per call and then applies the filter
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Limit),
 * so without a filter a call asks for exactly the rows still wanted, and with one it asks for more.
 */
class RowBudgetTest {
  @Test
  void unlimitedAccessesReadFullPages() {
    RowBudget b = RowBudget.of(null, false);
    assertNull(b.nextLimit());
    b.spent(5000, 5000);
    assertFalse(b.met());
  }

  @Test
  void withoutAFilterEachCallAsksForTheRowsStillWanted() {
    RowBudget b = RowBudget.of(10, false);
    assertEquals(10, b.nextLimit());
    b.spent(4, 4); // a 1 MB page ended the call early
    assertEquals(6, b.nextLimit());
    b.spent(6, 6);
    assertTrue(b.met());
  }

  @Test
  void withAFilterTheNextCallScalesByWhatPassed() {
    RowBudget b = RowBudget.of(4, true);
    assertEquals(4, b.nextLimit());
    b.spent(4, 1); // one row in four passed: 3 more rows take about 12 items
    assertEquals(12, b.nextLimit());
    b.spent(12, 3);
    assertTrue(b.met());
  }

  @Test
  void withAFilterNothingPassingDoublesTheLimit() {
    RowBudget b = RowBudget.of(3, true);
    assertEquals(3, b.nextLimit());
    b.spent(3, 0);
    assertEquals(6, b.nextLimit());
    b.spent(6, 0);
    assertEquals(12, b.nextLimit());
    b.spent(12, 2); // 21 items for 2 rows: the last row takes ceil(21 / 2) items
    assertEquals(11, b.nextLimit());
  }

  @Test
  void theLimitStaysWithinAnInt() {
    RowBudget b = RowBudget.of(Integer.MAX_VALUE, true);
    assertEquals(Integer.MAX_VALUE, b.nextLimit());
    b.spent(Integer.MAX_VALUE, 1);
    assertEquals(Integer.MAX_VALUE, b.nextLimit());
  }
}
