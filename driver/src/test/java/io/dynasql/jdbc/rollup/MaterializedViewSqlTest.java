package io.dynasql.jdbc.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY queries a materialized view keeps are answered from the view's table (EXPLAIN shows the
 * access) with the rows the plain aggregation gives (pushdown off reads the base), before and
 * after DML. AWS's pattern of an aggregate table kept from a table's changes:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html
 */
class MaterializedViewSqlTest {
  private static final String URL = "jdbc:dynasql:mem:mv-sql";
  static final List<String> QUERIES = List.of(
      "SELECT status, COUNT(*), SUM(total) FROM orders GROUP BY status ORDER BY status",
      "SELECT status, COUNT(*) AS n, SUM(total) AS revenue FROM orders WHERE status = 'OPEN' GROUP BY status",
      "SELECT status, AVG(total), COUNT(total) FROM orders GROUP BY status ORDER BY status",
      "SELECT SUM(total), status FROM orders WHERE status IN ('OPEN', 'PAID') GROUP BY status ORDER BY 2");

  @Test
  void groupByIsAnsweredFromTheViewWithThePlainAnswers() throws SQLException {
    try (Connection on = DriverManager.getConnection(URL + ";scan=allow");
        Connection off = DriverManager.getConnection(URL + ";pushdown=false;scan=allow");
        Statement st = on.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      st.execute("INSERT INTO orders VALUES ('o1', 'OPEN', 10.50), ('o2', 'OPEN', 4.25), ('o3', 'PAID', 99.99),"
          + " ('o4', NULL, 7), ('o5', 'PAID', NULL)");
      // a few dozen more: on a handful of items, reading the base or the view costs the same and
      // the planner may take either; here the view is clearly cheaper
      for (int i = 0; i < 40; i++) {
        st.executeUpdate("INSERT INTO orders VALUES ('x" + i + "', '" + (i % 3 == 0 ? "OPEN" : "PAID") + "', " + i + ".5)");
      }
      assertFalse(st.execute("CREATE MATERIALIZED VIEW revenue_by_status AS SELECT status, COUNT(*) AS n,"
          + " SUM(total) AS revenue, AVG(total) AS avg_total FROM orders GROUP BY status"));
      checkAll(on, off);
      st.executeUpdate("UPDATE orders SET status = 'SHIPPED' WHERE id = 'o1'");
      st.executeUpdate("DELETE FROM orders WHERE id = 'o3'");
      st.executeUpdate("INSERT INTO orders VALUES ('o6', 'OPEN', 1.01)");
      st.executeUpdate("UPDATE orders SET total = total + 1 WHERE status = 'OPEN'");
      checkAll(on, off);
      assertEquals(List.of("OPEN|16|null", "PAID|27|null", "SHIPPED|1|null", "null|1|null"),
          rows(on, "SELECT status, n, CAST(NULL AS VARCHAR) FROM revenue_by_status ORDER BY status NULLS LAST"));
    }
  }

  /**
   * A view's SUM reads with the plain SUM's scale: a DECIMAL(10, 2) column's values all have
   * scale 2, so their SUM has scale 2 whatever digits the stored numbers kept, on the view as on
   * the base (PostgreSQL's SUM of numeric keeps the largest scale of its inputs:
   * https://www.postgresql.org/docs/current/datatype-numeric.html).
   */
  @Test
  void aViewSumHasThePlainSumsScale() throws SQLException {
    try (Connection on = DriverManager.getConnection("jdbc:dynasql:mem:mv-scale;scan=allow");
        Connection off = DriverManager.getConnection("jdbc:dynasql:mem:mv-scale;pushdown=false;scan=allow");
        Statement st = on.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      for (int i = 0; i < 40; i++) {
        st.executeUpdate("INSERT INTO orders VALUES ('x" + i + "', 'PAID', " + (i % 2 == 0 ? i + ".5" : String.valueOf(i)) + ")");
      }
      st.executeUpdate("INSERT INTO orders VALUES ('c', 'PAID', 0.25), ('w', 'OPEN', 3), ('w2', 'OPEN', 4)");
      st.execute("CREATE MATERIALIZED VIEW revenue_by_status AS SELECT status, COUNT(*) AS n, SUM(total) AS revenue"
          + " FROM orders GROUP BY status");
      String q = "SELECT status, SUM(total) FROM orders GROUP BY status ORDER BY status";
      assertTrue(String.join("\n", rows(on, "EXPLAIN PLAN FOR " + q)).contains("table=revenue_by_status"));
      assertEquals(List.of("OPEN|7.00", "PAID|790.25"), rows(on, q));
      assertEquals(rows(off, q), rows(on, q));
      st.executeUpdate("DELETE FROM orders WHERE id = 'c'");
      assertEquals(List.of("OPEN|7.00", "PAID|790.00"), rows(on, q), "the 0.25 gone, still the column's scale");
      assertEquals(rows(off, q), rows(on, q));
      st.executeUpdate("UPDATE orders SET total = 1.5 WHERE id = 'w'");
      assertEquals(List.of("OPEN|5.50", "PAID|790.00"), rows(on, q));
      assertEquals(rows(off, q), rows(on, q));
      assertEquals(List.of("OPEN|5.5", "PAID|790"), rows(on, "SELECT status, revenue FROM revenue_by_status ORDER BY status"),
          "the view's own SUM column is a stored number, read as numbers of no declared scale are (docs/types.md)");
    }
  }

  @Test
  void aTransactionSeesItsOwnWritesThroughTheView() throws SQLException {
    try (Connection on = DriverManager.getConnection("jdbc:dynasql:mem:mv-txn;scan=allow");
        Connection off = DriverManager.getConnection("jdbc:dynasql:mem:mv-txn;pushdown=false;scan=allow");
        Statement st = on.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      for (int i = 0; i < 40; i++) {
        st.executeUpdate("INSERT INTO orders VALUES ('x" + i + "', '" + (i % 3 == 0 ? "OPEN" : "PAID") + "', " + i + ".5)");
      }
      st.execute("CREATE MATERIALIZED VIEW revenue_by_status AS SELECT status, COUNT(*) AS n, SUM(total) AS revenue,"
          + " AVG(total) AS avg_total FROM orders GROUP BY status");
      on.setAutoCommit(false);
      st.executeUpdate("INSERT INTO orders VALUES ('t1', 'NEW', 5)");
      st.executeUpdate("UPDATE orders SET status = 'NEW' WHERE id = 'x0'");
      st.executeUpdate("DELETE FROM orders WHERE id = 'x1'");
      assertTrue(String.join("\n", rows(on, "EXPLAIN PLAN FOR " + QUERIES.get(0))).contains("table=revenue_by_status"));
      List<String> inside = rows(on, QUERIES.get(0));
      assertTrue(inside.contains("NEW|2|5.50"), inside.toString());
      on.commit();
      assertEquals(rows(off, QUERIES.get(0)), inside, "what the transaction saw is what it committed");
      on.setAutoCommit(true);
      checkAll(on, off);
    }
  }

  private static void checkAll(Connection on, Connection off) throws SQLException {
    for (String q : QUERIES) {
      String plan = String.join("\n", rows(on, "EXPLAIN PLAN FOR " + q));
      assertTrue(plan.contains("table=revenue_by_status"), q + "\n" + plan);
      if (q.contains("status = 'OPEN'")) { // every group value named: one GET of the group's item
        assertTrue(plan.contains("access=GET table=revenue_by_status"), q + "\n" + plan);
      }
      assertFalse(plan.contains("table=orders"), q + "\n" + plan);
      assertEquals(rows(off, q), rows(on, q), q);
    }
  }

  /**
   * A cell as JDBC's text: a view's sum has the scale the plain SUM has (520.0 when a value
   * summed had one digit after the point), though DynamoDB stores the number as 520.
   */
  private static String cell(ResultSet rs, int i) throws SQLException {
    return String.valueOf(rs.getString(i));
  }

  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) cells.add(cell(rs, i));
        out.add(String.join("|", cells));
      }
    }
    return out;
  }
}
