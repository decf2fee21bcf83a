package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code EXPLAIN PLAN FOR} INSERT, UPSERT, UPDATE and DELETE: the plan of what the statement reads,
 * then its WRITE lines with the pricing DynamoDB's calls give them (PutItem / UpdateItem /
 * DeleteItem, TransactWriteItems at twice the units for 2 to 100 items, BatchWriteItem over 100,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html);
 * nothing is written; a statement that would fail fails the same way.
 */
class ExplainWriteTest {
  private Connection c;
  private Statement st;

  @BeforeEach
  void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:explain-write-" + System.nanoTime() + ";scan=allow");
    st = c.createStatement();
    st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR, total DECIMAL(10, 2))");
    st.executeUpdate("INSERT INTO orders VALUES ('o1', 'OPEN', 10.50), ('o2', 'OPEN', 4.25), ('o3', 'PAID', 99.99), ('o4', NULL, 7)");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private List<String> ids() throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT id, status, total FROM orders ORDER BY id")) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3));
    }
    return out;
  }

  @Test
  void nothingIsWrittenNorLabelled() throws SQLException {
    List<String> before = ids();
    for (String sql : List.of("INSERT INTO orders VALUES ('o9', 'OPEN', 1)", "UPSERT INTO orders VALUES ('o1', 'X', 1)",
        "UPDATE orders SET total = 0", "UPDATE orders SET total = 0 WHERE id = 'o1'", "DELETE FROM orders",
        "DELETE FROM orders WHERE id = 'o2'", "INSERT INTO orders SELECT id || 'c', status, total FROM orders")) {
      String plan = WriteEstimates.plan(st, sql);
      assertTrue(plan.contains("DynamoWrite(table=[orders]"), plan);
      assertTrue(st.unwrap(DynasqlStatement.class).accessLines().isEmpty(), sql + ": an EXPLAIN reads and writes nothing");
    }
    assertEquals(before, ids());
    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sys.access_log WHERE access = 'WRITE' AND \"sql\" LIKE 'EXPLAIN%'")) {
      rs.next();
      assertEquals(0, rs.getLong(1));
    }
  }

  @Test
  void eachStatementShowsItsReadsAndItsPricing() throws SQLException {
    String byKey = WriteEstimates.plan(st, "UPDATE orders SET total = 1 WHERE id = 'o1'");
    assertFalse(byKey.contains("DynamoTableAccess"), "a key-targeted UPDATE is one UpdateItem, no read: " + byKey);
    assertTrue(byKey.contains("calls=[UpdateItem], atomic_on_dynamodb=[true], est_items=[1]"), byKey);
    String all = WriteEstimates.plan(st, "DELETE FROM orders");
    assertTrue(all.contains("access=SCAN table=orders"), all);
    assertTrue(all.contains("calls=[TransactWriteItems], atomic_on_dynamodb=[true], est_items=[4]"), all);
    assertTrue(all.indexOf("DynamoTableAccess") < all.indexOf("DynamoWrite"), "the read plan comes first: " + all);
    String select = WriteEstimates.plan(st, "INSERT INTO orders SELECT id || 'c', status, total FROM orders WHERE id = 'o3'");
    assertTrue(select.contains("access=GET table=orders") && select.contains("calls=[PutItem]"), select);
  }

  @Test
  void inATransactionAKeyTargetedWriteReadsItsItem() throws SQLException {
    c.setAutoCommit(false);
    String plan = WriteEstimates.plan(st, "DELETE FROM orders WHERE id = 'o1'");
    assertTrue(plan.contains("access=GET table=orders"), "the GET that checks the item at commit: " + plan);
    assertTrue(plan.contains("calls=[DeleteItem]"), plan);
    c.rollback();
  }

  @Test
  void aMaterializedViewTheTableFeedsHasItsLine() throws SQLException {
    st.execute("CREATE MATERIALIZED VIEW by_status AS SELECT status, COUNT(*) AS n FROM orders GROUP BY status");
    String plan = WriteEstimates.plan(st, "UPDATE orders SET status = 'PAID' WHERE id = 'o2'");
    // moving the item to another group updates two group items
    assertTrue(plan.contains("DynamoWrite(table=[by_status], view_of=[orders], est_items=[2], est_write_units=[2.0]"), plan);
    Map<String, WriteEstimates.Line> est = WriteEstimates.estimated(plan);
    st.executeUpdate("UPDATE orders SET status = 'PAID' WHERE id = 'o2'");
    assertEquals(WriteEstimates.actual(st.unwrap(DynasqlStatement.class).accessLines()).get("by_status").units(), est.get("by_status").units());
  }

  @Test
  void aPreparedExplainRunsEachTime() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN PLAN FOR INSERT INTO orders VALUES ('o5', 'OPEN', 1)")) {
      for (int i = 0; i < 2; i++) {
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertTrue(rs.getString("PLAN").contains("calls=[PutItem]"), rs.getString(1));
          assertFalse(rs.next());
        }
      }
    }
    assertEquals(4, ids().size());
  }

  @Test
  void aStatementThatWouldFailFailsTheSameWay() {
    for (String sql : List.of("UPDATE nope SET a = 1", "UPDATE orders SET nope = 1", "UPDATE orders SET id = 'x' WHERE id = 'o1'",
        "DELETE FROM orders WHERE nope = 1", "INSERT INTO orders (id, nope) VALUES ('a', 1)", "INSERT INTO orders VALUES ('a')",
        "INSERT INTO orders VALUES ('o1', 'OPEN', 1), ('o1', 'OPEN', 2)")) {
      SQLException run = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
      SQLException explain = assertThrows(SQLException.class, () -> st.executeQuery("EXPLAIN PLAN FOR " + sql), sql);
      assertEquals(run.getSQLState(), explain.getSQLState(), sql + ": " + run.getMessage() + " / " + explain.getMessage());
    }
  }

  @Test
  void refusals() throws SQLException {
    SQLException params = assertThrows(SQLException.class, () -> c.prepareStatement("EXPLAIN PLAN FOR DELETE FROM orders WHERE id = ?").executeQuery());
    assertEquals("07001", params.getSQLState());
    assertTrue(params.getMessage().contains("literals"), params.getMessage());
    SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate("EXPLAIN PLAN FOR DELETE FROM orders"));
    assertEquals("07000", update.getSQLState());
    SQLException analyze = assertThrows(SQLException.class, () -> st.executeQuery("EXPLAIN ANALYZE DELETE FROM orders"));
    assertEquals("42000", analyze.getSQLState());
    assertEquals(4, ids().size());
  }

  /** docs/sql.md "Estimates of writes": its example explains as the page prints it. */
  @Test
  void theDocsExampleExplainsAsPrinted() throws Exception {
    String section = DocSql.section("sql.md", "### Estimates of writes");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    String plan = null;
    try (Connection d = DriverManager.getConnection("jdbc:dynasql:mem:explain-write-doc-" + System.nanoTime() + ";scan=allow");
         Statement s = d.createStatement()) {
      for (String sql : statements) {
        if (sql.startsWith("EXPLAIN")) {
          try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            plan = rs.getString(1);
          }
        } else {
          s.execute(sql);
        }
      }
      // what the page says the run then does
      assertEquals(3, s.executeUpdate("UPDATE orders SET total = total * 2 WHERE total > 5"));
      Map<String, WriteEstimates.Line> run = WriteEstimates.actual(s.unwrap(DynasqlStatement.class).accessLines());
      assertEquals(6.0, run.get("orders").units());
      assertEquals(4.0, run.get("orders/byStatus").units());
    }
    for (String line : DocSql.block(section, "text").strip().split("\n")) {
      assertTrue(plan.contains(line.strip()), "docs/sql.md prints\n" + line + "\nbut the plan is\n" + plan);
    }
  }
}
