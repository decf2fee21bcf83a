package io.dynasql.tck.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access each kind of WHERE clause gets, read from EXPLAIN PLAN FOR: a pushdown that
 * silently fell back to SCAN would still give the right rows, so the differential test alone
 * would not notice; this test does. The data is the differential test's, from a fixed seed.
 */
class AccessPathTest {
  private static Engines engines;
  /** Literals of two customers with orders, and one order id of the first. */
  private static String customer;
  private static String other;
  private static long id;

  @BeforeAll
  static void load() throws SQLException {
    engines = Engines.open(DataSet.generate(20_260_101L));
    // ASCII names only: a literal outside ISO-8859-1 cannot be planned at all (see DisagreementReproductionTest)
    List<Object[]> orders = engines.data.rows.get(Tables.ORDERS).stream()
        .filter(r -> ((String) r[0]).chars().allMatch(ch -> ch < 128)).toList();
    customer = Literals.sql(orders.get(0)[0]);
    id = (Long) orders.get(0)[1];
    other = orders.stream().map(r -> Literals.sql(r[0])).filter(x -> !x.equals(customer)).findFirst().orElseThrow();
  }

  @AfterAll
  static void close() throws SQLException {
    engines.close();
  }

  private static String assertPlan(String sql, String... fragments) throws SQLException {
    String plan = engines.plan(sql);
    for (String f : fragments) assertTrue(plan.contains(f), "expected '" + f + "' in the plan of " + sql + ":\n" + plan);
    return plan;
  }

  @Test
  void wholePrimaryKeysAreGetsAndBatchGets() throws SQLException {
    assertPlan("SELECT total FROM orders WHERE customer = " + customer + " AND id = " + id, "access=GET table=orders");
    assertPlan("SELECT total FROM orders WHERE customer IN (" + customer + ", " + other + ") AND id = " + id, "access=BATCH_GET table=orders");
    assertPlan("SELECT city FROM customers WHERE customer = " + customer, "access=GET table=customers");
    assertPlan("SELECT city FROM customers WHERE customer IN (" + customer + ", " + other + ")", "access=BATCH_GET table=customers");
    assertPlan("SELECT kind FROM events WHERE id = 7", "access=GET table=events");
    assertPlan("SELECT kind FROM events WHERE id IN (7, -3, 7)", "access=BATCH_GET table=events");
  }

  @Test
  void partitionKeysAreQueriesWithSortKeyConditionsOrderAndLimit() throws SQLException {
    assertPlan("SELECT id FROM orders WHERE customer = " + customer, "access=QUERY table=orders key=[customer = " + customer + "]");
    assertPlan("SELECT id FROM orders WHERE customer = " + customer + " AND id BETWEEN -5 AND 100",
        "access=QUERY table=orders key=[customer = " + customer + " AND id BETWEEN -5 AND 100]");
    assertPlan("SELECT id FROM orders WHERE customer IN (" + customer + ", " + other + ") AND id > 10", "access=QUERY table=orders", "id > 10");
    String backward = assertPlan("SELECT id FROM orders WHERE customer = " + customer + " ORDER BY id DESC LIMIT 3",
        "access=QUERY table=orders", "order=backward", "limit=3");
    assertFalse(backward.contains("EnumerableSort"), "the store's order needs no sort:\n" + backward);
  }

  @Test
  void indexPartitionKeysAreIndexQueries() throws SQLException {
    assertPlan("SELECT customer, id FROM orders WHERE status = 'NEW'", "access=QUERY table=orders index=byStatus");
    assertPlan("SELECT customer FROM customers WHERE city = 'Paris' AND customer LIKE 'a%'",
        "access=QUERY table=customers index=byCity key=[city = 'Paris' AND begins_with(customer, 'a')]");
    String backward = assertPlan("SELECT customer FROM customers WHERE city = 'Paris' ORDER BY customer DESC LIMIT 2",
        "access=QUERY table=customers index=byCity", "order=backward", "limit=2");
    assertFalse(backward.contains("EnumerableSort"), "the index's order needs no sort:\n" + backward);
    assertPlan("SELECT customer FROM events WHERE kind = 'view'", "access=QUERY table=events index=byKind");
    assertPlan("SELECT id, amount FROM events WHERE customer = " + customer + " AND amount > 0",
        "access=QUERY table=events index=byCustomer");
    // byCustomer is KEYS_ONLY: it does not hold kind, so reading kind needs the table
    assertPlan("SELECT kind FROM events WHERE customer = " + customer + " AND amount > 0", "access=SCAN table=events");
  }

  @Test
  void otherConditionsAreScansWithPushedFilters() throws SQLException {
    assertPlan("SELECT customer, id FROM orders WHERE total > 100", "access=SCAN table=orders", "filter=[total > 100]");
    assertPlan("SELECT id FROM orders WHERE note LIKE 'gi%'", "access=SCAN table=orders", "begins_with(note, 'gi')");
    assertPlan("SELECT id FROM events WHERE score <> 3", "access=SCAN table=events", "score <> 3");
  }

  @Test
  void joinsReadEachSideByItsOwnConditions() throws SQLException {
    assertPlan("SELECT o.id, c.city FROM orders o JOIN customers c ON o.customer = c.customer WHERE o.customer = " + customer,
        "access=QUERY table=orders key=[customer = " + customer + "]");
    assertPlan("SELECT c.city, o.id FROM customers c LEFT JOIN orders o ON o.customer = c.customer AND o.status = 'NEW'",
        "access=SCAN table=customers", "access=QUERY table=orders index=byStatus");
  }

  @Test
  void pushdownFalseReadsEveryTableWithAPlainScan() throws SQLException {
    try (Statement st = engines.plain.createStatement();
         var rs = st.executeQuery("EXPLAIN PLAN FOR SELECT total FROM orders WHERE customer = " + customer + " AND id = " + id)) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString(1));
      assertTrue(plan.toString().contains("access=SCAN table=orders]"), plan.toString());
    }
  }
}
