package io.dynasql.jdbc.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CREATE / REFRESH / DROP MATERIALIZED VIEW from SQL: bad statements fail with a SQLState and a
 * message naming what was wrong, and change nothing; both sides of the view are priced in
 * sys.access_log (a WRITE line for the view per base write, the view's read for the rollup).
 * Write units: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html
 */
class MaterializedViewDdlTest {
  @Test
  void badStatementsFailClearlyAndChangeNothing() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:mv-ddl"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      st.execute("INSERT INTO orders VALUES ('o1', 'OPEN', 3)");
      fails(st, "42S02", "nosuch", "CREATE MATERIALIZED VIEW v_status AS SELECT status, COUNT(*) FROM nosuch GROUP BY status");
      fails(st, "42601", "MIN cannot be kept", "CREATE MATERIALIZED VIEW v_status AS SELECT status, MIN(total) FROM orders GROUP BY status");
      fails(st, "42601", "needs GROUP BY", "CREATE MATERIALIZED VIEW v_status AS SELECT COUNT(*) FROM orders");
      fails(st, "42601", "not in GROUP BY", "CREATE MATERIALIZED VIEW v_status AS SELECT id, COUNT(*) FROM orders GROUP BY status");
      fails(st, "42601", "'WHERE'", "CREATE MATERIALIZED VIEW v_status AS SELECT COUNT(*) FROM orders WHERE id = 'x' GROUP BY id");
      fails(st, "42S01", "orders", "CREATE MATERIALIZED VIEW orders AS SELECT status, COUNT(*) FROM orders GROUP BY status");
      fails(st, "42S02", "v_status", "REFRESH MATERIALIZED VIEW v_status");
      st.execute("DROP MATERIALIZED VIEW IF EXISTS v_status");
      var db = c.unwrap(DynasqlConnection.class).database();
      assertEquals(List.of("orders"), db.listTables(null, null).tableNames());
      assertTrue(db.materializedViews("orders").isEmpty());

      st.execute("CREATE MATERIALIZED VIEW v_status AS SELECT status, COUNT(*) AS n FROM orders GROUP BY status");
      st.execute("CREATE MATERIALIZED VIEW IF NOT EXISTS v_status AS SELECT status, COUNT(*) AS n FROM orders GROUP BY status");
      fails(st, null, "v_status", "DROP TABLE orders");
      fails(st, null, "DROP MATERIALIZED VIEW", "DROP TABLE v_status");
      fails(st, null, "changes only with it", "INSERT INTO v_status (\"_group\", n) VALUES ('x', 9)");
      assertEquals(List.of("OPEN|1"), MaterializedViewSqlTest.rows(c, "SELECT status, n FROM v_status"));
      st.execute("REFRESH MATERIALIZED VIEW v_status");
      st.execute("DROP MATERIALIZED VIEW v_status");
      st.execute("DROP TABLE orders");
    }
  }

  @Test
  void bothSidesArePriced() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:mv-price;scan=allow"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      for (int i = 0; i < 30; i++) st.executeUpdate("INSERT INTO orders VALUES ('o" + i + "', 'S" + (i % 3) + "', " + i + ")");
      st.execute("CREATE MATERIALIZED VIEW by_status AS SELECT status, COUNT(*) AS n, SUM(total) AS revenue FROM orders GROUP BY status");
      st.executeUpdate("INSERT INTO orders VALUES ('p1', 'S0', 1), ('p2', 'S1', 2)");
      // two rows in one statement are one transaction (2 x 2 units); the view's updates, as a stream
      // consumer's UpdateItem calls would be, are plain writes: one unit per group item
      assertEquals(List.of("WRITE|orders|4", "WRITE|by_status|2"),
          log(c, "INSERT INTO orders VALUES ('p1', 'S0', 1), ('p2', 'S1', 2)"));
      st.executeUpdate("UPDATE orders SET status = 'S2' WHERE id = 'p1'");
      assertEquals(List.of("WRITE|orders|1", "WRITE|by_status|2"), log(c, "UPDATE orders SET status = 'S2' WHERE id = 'p1'"),
          "moving an item between groups updates two group items");
      st.executeUpdate("UPDATE orders SET total = 5 WHERE id = 'p2'");
      assertEquals(List.of("WRITE|orders|1", "WRITE|by_status|1"), log(c, "UPDATE orders SET total = 5 WHERE id = 'p2'"));
      String rollup = "SELECT status, COUNT(*), SUM(total) FROM orders GROUP BY status";
      MaterializedViewSqlTest.rows(c, rollup);
      assertEquals(List.of("SCAN|by_status|0.5"), log(c, rollup), "the rollup reads the view's 3 items, not 32 orders");
    }
  }

  /**
   * Each group item the view writes is one write of its size (under 1 KB here: one unit), as a
   * stream consumer's UpdateItem of it would be on DynamoDB
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html):
   * an insert or a delete touches its group's item, an update within a group that item, a write
   * that moves an item to another group both groups' items, and a write that changes nothing none
   * (no stream record, https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html).
   */
  @Test
  void viewWriteUnitsAreTheGroupItemsWritten() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:mv-units;scan=allow"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), note VARCHAR, PRIMARY KEY (id))");
      st.execute("CREATE MATERIALIZED VIEW by_status AS SELECT status, COUNT(*) AS n, SUM(total) AS revenue FROM orders GROUP BY status");
      String[][] cases = {
          {"INSERT INTO orders VALUES ('a', 'S0', 1, 'x')", "1", "insert: its group's item"},
          {"INSERT INTO orders VALUES ('b', 'S0', 2, 'x'), ('c', 'S1', 3, 'x')", "2", "two inserts, one item each"},
          {"UPDATE orders SET total = 5 WHERE id = 'a'", "1", "update within the group"},
          {"UPDATE orders SET status = 'S1' WHERE id = 'a'", "2", "update moving the item: old and new group"},
          {"UPSERT INTO orders VALUES ('b', 'S2', 2, 'x')", "2", "a put replacing the item with another group's"},
          {"UPSERT INTO orders VALUES ('c', 'S1', 4, 'x')", "1", "a put replacing it within its group"},
          {"UPSERT INTO orders VALUES ('c', 'S1', 4, 'x')", "0", "a put that changes nothing"},
          {"UPDATE orders SET status = 'S1' WHERE id = 'c'", "0", "setting the group column to its value"},
          {"UPDATE orders SET note = 'y' WHERE id = 'c'", "0", "changing an attribute the view does not keep"},
          {"DELETE FROM orders WHERE id = 'c'", "1", "delete: its group's item"},
          {"DELETE FROM orders WHERE id = 'b'", "1", "delete of a group's last item: the group item deleted"},
      };
      for (String[] k : cases) {
        st.executeUpdate(k[0]);
        List<String> lines = log(c, k[0]);
        assertEquals("WRITE|by_status|" + k[1], lines.get(lines.size() - 1), k[2] + ": " + lines);
      }
      assertEquals(List.of("S1|1|5"), MaterializedViewSqlTest.rows(c, "SELECT status, n, revenue FROM by_status"));
    }
  }

  @Test
  void explainSuggestsTheViewThatWouldAnswerAGroupBy() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:mv-suggest;scan=allow"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (id))");
      for (int i = 0; i < 30; i++) st.executeUpdate("INSERT INTO orders VALUES ('o" + i + "', 'S" + (i % 3) + "', " + i + ")");
      String rollup = "SELECT status, COUNT(*), SUM(total) FROM orders GROUP BY status";
      String plan = String.join("\n", MaterializedViewSqlTest.rows(c, "EXPLAIN PLAN FOR " + rollup));
      String prefix = "suggest: CREATE MATERIALIZED VIEW orders_by_status AS SELECT status, COUNT(*) AS n,"
          + " SUM(total) AS sum_total FROM orders GROUP BY status -- saves ~";
      assertTrue(plan.contains(prefix), plan);
      assertTrue(plan.contains("read units per run, costs ~1 write unit per base write"), plan);
      String suggested = plan.substring(plan.indexOf(prefix) + "suggest: ".length(), plan.indexOf(" -- saves"));
      st.execute(suggested);
      String after = String.join("\n", MaterializedViewSqlTest.rows(c, "EXPLAIN PLAN FOR " + rollup));
      assertTrue(after.contains("table=orders_by_status") && !after.contains("suggest:"), after);
    }
  }

  /** The statement's lines in sys.access_log: access, table, write units for writes or read units for reads. */
  private static List<String> log(Connection c, String sql) throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (var ps = c.prepareStatement("SELECT access, table_name, write_units, read_units FROM sys.access_log WHERE \"sql\" = ?")) {
      ps.setString(1, sql);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean write = rs.getString(1).equals("WRITE");
          double units = write ? rs.getDouble(3) : rs.getDouble(4);
          out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + (units == Math.rint(units) ? String.valueOf((long) units) : String.valueOf(units)));
        }
      }
    }
    return out;
  }

  private static void fails(Statement st, String state, String part, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
    if (state != null) assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
