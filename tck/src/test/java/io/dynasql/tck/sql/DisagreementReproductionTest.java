package io.dynasql.tck.sql;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest cases of the disagreements the differential test found, one test per bug, each
 * named after it. They fail until the bug is fixed; the random test keeps generating these
 * shapes too, since none of them is a legitimate difference.
 */
class DisagreementReproductionTest {
  private static void assertAgree(Tables.Table table, List<Object[]> rows, String sql) throws SQLException {
    try (Engines e = Engines.open(DataSet.of(Map.of(table, rows)))) {
      assertNull(e.answer(sql).disagreement(new Query(sql, false, "reproduction")));
    }
  }

  /**
   * byCustomer is a global index on (customer, amount). DynamoDB indexes only the items that have
   * both index key attributes, so an event without amount is not in it; the pushdown reads the
   * index for {@code customer = 'a'}, which does not require amount, and loses that event. The
   * index's partition key alone is checked for presence (KeyChoice), not its sort key.
   */
  @Test
  void sparseIndexQueryMissesItemsWithoutTheIndexSortKey() throws SQLException {
    assertAgree(Tables.EVENTS, List.of(
        new Object[] {1L, "a", "view", 1.5, (short) 1},
        new Object[] {2L, "a", "view", null, (short) 2}),
        "SELECT id FROM events WHERE customer = 'a'");
  }

  /**
   * SUM of a SMALLINT column is a SMALLINT in Calcite, and its checked arithmetic fails past
   * 32767 ("Value 32800 out of range", also under CAST(SUM(score) AS BIGINT)); H2 sums into a
   * BIGINT. The standard leaves SUM's precision to the implementation, so the team may rather
   * declare this a difference, but for a store whose numbers all have 38 digits, summing into
   * the column's declared type is a surprise ({@code DynasqlTypeSystem} could widen SUM).
   */
  @Test
  void sumOfSmallintOverflowsTheColumnType() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (long id = 0; id < 400; id++) rows.add(new Object[] {id, "a", "view", 1.0, (short) 100});
    assertAgree(Tables.EVENTS, rows, "SELECT SUM(score) FROM events");
  }

  /**
   * A string literal with a character outside ISO-8859-1 fails to plan, with pushdown or without
   * ("while converting ... = 'łukasz'"): Calcite's default character set for literals is
   * ISO-8859-1, and the driver does not set another, so no such value can be named in SQL,
   * although the store holds any UTF-8 string and returns it in results.
   */
  @Test
  void stringLiteralOutsideLatin1CannotBePlanned() throws SQLException {
    assertAgree(Tables.CUSTOMERS, List.<Object[]>of(new Object[] {"łukasz", "Kraków", true, 1L}),
        "SELECT city FROM customers WHERE customer = 'łukasz'");
  }
}
