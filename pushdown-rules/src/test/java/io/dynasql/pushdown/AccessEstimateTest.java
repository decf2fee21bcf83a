package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.calcite.plan.RelOptUtil;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN's estimate per access, over {@link AccessPathPlanTest}'s orders: 400 orders of about
 * 3 KB, 40 customers of 10 orders each, read eventually consistently at the default price of
 * $0.125 per million read units. Read units follow DynamoDB's rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html):
 * 4 KB per unit, an item of a GetItem or BatchGetItem rounded up on its own, a Query's or Scan's
 * items summed and rounded up once, eventually consistent reads half.
 */
class AccessEstimateTest {
  private static String estimate(String sql) {
    String plan = AccessPathPlanTest.orders().explain(sql);
    int at = plan.indexOf("est_items=");
    if (at < 0) throw new AssertionError("no estimate in plan:\n" + plan);
    return plan.substring(at, plan.indexOf(")", at));
  }

  @Test
  void aGetReadsOneItemRoundedUpToItsOwnUnit() {
    assertEquals("est_items=[1], est_read_units=[0.5], est_usd=[0.000000063]",
        estimate("SELECT total FROM orders WHERE customer = 'c1' AND id = 12"));
  }

  @Test
  void aBatchGetReadsOneItemPerKey() {
    assertEquals("est_items=[2], est_read_units=[1.0], est_usd=[0.00000013]",
        estimate("SELECT total FROM orders WHERE customer IN ('c1', 'c2') AND id = 12"));
  }

  @Test
  void aQueryReadsItsPartitionKeysShareOfTheTable() {
    // 400 items over 40 customers: 10 items of ~3 KB, ~30 KB rounded up once to 8 units, halved
    assertEquals("est_items=[10], est_read_units=[4.0], est_usd=[0.0000005]",
        estimate("SELECT id FROM orders WHERE customer = 'c1'"));
  }

  @Test
  void aQueryOfTwoKeysIsTwoQueryCalls() {
    assertEquals("est_items=[20], est_read_units=[8.0], est_usd=[0.000001]",
        estimate("SELECT id FROM orders WHERE customer IN ('c1', 'c2')"));
  }

  @Test
  void aScanReadsTheWholeTable() {
    // 400 items of ~3 KB: ~1.2 MB, 296 units strongly consistent, 148 eventually
    String e = estimate("SELECT id FROM orders WHERE note = 'x'");
    assertTrue(e.startsWith("est_items=[400], est_read_units=[148.0]"), e);
  }

  @Test
  void aCountReadsWhatTheAccessItReplacesReads() {
    assertEquals("est_items=[10], est_read_units=[4.0], est_usd=[0.0000005]",
        estimate("SELECT COUNT(*) FROM orders WHERE customer = 'c1'"));
  }

  @Test
  void theDigestLeavesTheEstimateOut() {
    // the planner compares nodes by digest: an estimate there would tell equal accesses apart
    String digest = RelOptUtil.toString(AccessPathPlanTest.orders().plan("SELECT id FROM orders WHERE customer = 'c1'"),
        org.apache.calcite.sql.SqlExplainLevel.DIGEST_ATTRIBUTES);
    assertTrue(digest.contains("access=QUERY"), digest);
    assertFalse(digest.contains("est_items"), digest);
  }

  @Test
  void dollarsKeepTwoSignificantDigitsWithoutAnExponent() {
    assertEquals("0.0000019", AccessEstimate.twoDigits(15 * 0.125 / 1e6));
    assertEquals("0", AccessEstimate.twoDigits(0));
    assertEquals("12", AccessEstimate.twoDigits(12.04));
  }
}
