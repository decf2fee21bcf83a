package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelectPushdownTest {
  private static Connection conn;

  @BeforeAll
  static void load() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pushdown");
    Database db = conn.unwrap(DynasqlConnection.class).database();
    db.createTable(CreateTableRequest.of("orders", KeySchema.of("customer", AttributeType.S, "id", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byStatus", KeySchema.of("status", AttributeType.S, "id", AttributeType.N))));
    for (int c = 0; c < 5; c++) {
      for (int i = 0; i < 10; i++) {
        db.putItem(PutItemRequest.of("orders", Map.of("customer", s("c" + c), "id", n(i),
            "status", s(i % 2 == 0 ? "NEW" : "SHIPPED"), "total", n(i * 10 + c))));
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static String plan(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) sb.append(rs.getString(1)).append('\n');
      return sb.toString();
    }
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "," : "").append(rs.getString(i));
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void fullKeyEqualityIsAGet() throws SQLException {
    String sql = "SELECT total FROM orders WHERE customer = 'c1' AND id = 3";
    assertTrue(plan(sql).contains("access=GET"), plan(sql));
    assertEquals(List.of("31"), rows(sql));
  }

  @Test
  void partitionKeyEqualityIsAQueryWithSortKeyRange() throws SQLException {
    String sql = "SELECT id FROM orders WHERE customer = 'c2' AND id >= 7";
    String p = plan(sql);
    assertTrue(p.contains("access=QUERY") && p.contains("id >= 7"), p);
    assertEquals(List.of("7", "8", "9"), rows(sql));
  }

  @Test
  void inListOfFullKeysIsABatchGet() throws SQLException {
    String sql = "SELECT customer, total FROM orders WHERE customer IN ('c1', 'c3') AND id = 2";
    assertTrue(plan(sql).contains("access=BATCH_GET"), plan(sql));
    assertEquals(2, rows(sql).size());
  }

  @Test
  void indexKeyEqualityQueriesTheIndex() throws SQLException {
    String sql = "SELECT customer, id FROM orders WHERE status = 'SHIPPED' AND id = 9";
    String p = plan(sql);
    assertTrue(p.contains("access=QUERY") && p.contains("index=byStatus"), p);
    assertEquals(5, rows(sql).size());
  }

  @Test
  void anAggregateReadsOnlyTheColumnsItUses() throws SQLException {
    String p = plan("SELECT customer, SUM(total) FROM orders GROUP BY customer");
    assertTrue(p.contains("projection=[customer, total]") && !p.contains("fields=[[0, 1, 2, 3, 4]]"), p);
  }

  @Test
  void countStarIsTheStoresCount() throws SQLException {
    String p = plan("SELECT COUNT(*) FROM orders WHERE customer = 'c1' AND id > 4");
    assertTrue(p.contains("DynamoCount") && p.contains("access=QUERY") && p.contains("select=COUNT"), p);
    assertEquals(List.of("5"), rows("SELECT COUNT(*) FROM orders WHERE customer = 'c1' AND id > 4"));
    assertEquals(List.of("50"), rows("SELECT COUNT(*) FROM orders"));
    assertEquals(List.of("25"), rows("SELECT COUNT(*) FROM orders WHERE status = 'NEW'"));
  }

  @Test
  void hintsForceOrForbidAnIndex() throws SQLException {
    String forbidden = plan("SELECT /*+ NO_INDEX(orders) */ customer FROM orders WHERE status = 'NEW'");
    assertTrue(forbidden.contains("access=SCAN") && !forbidden.contains("index="), forbidden);
    String forced = plan("SELECT /*+ INDEX(orders, byStatus) */ customer FROM orders WHERE status = 'NEW' AND customer = 'c1'");
    assertTrue(forced.contains("index=byStatus"), forced);
    String free = plan("SELECT customer FROM orders WHERE status = 'NEW' AND customer = 'c1'");
    assertTrue(free.contains("access=QUERY") && !free.contains("index="), "the table's own key wins without a hint: " + free);
    List<String> hinted = rows("SELECT /*+ INDEX(orders, byStatus) */ id FROM orders WHERE status = 'NEW' AND customer = 'c1' ORDER BY id");
    assertEquals(rows("SELECT id FROM orders WHERE status = 'NEW' AND customer = 'c1' ORDER BY id"), hinted);
  }

  @Test
  void hintsAreCalciteHintsNotText() throws SQLException {
    // Hint-like text inside a string literal is a value, never a hint: the index still serves.
    String literal = plan("SELECT customer FROM orders WHERE status = '/*+ NO_INDEX(orders) */'");
    assertTrue(literal.contains("index=byStatus"), literal);
    assertEquals(List.of(), rows("SELECT customer FROM orders WHERE status = '/*+ NO_INDEX(orders) */'"));
    // A hint naming another table changes nothing here; a hint name is read ignoring case.
    String other = plan("SELECT /*+ NO_INDEX(customers) */ customer FROM orders WHERE status = 'NEW'");
    assertTrue(other.contains("index=byStatus"), other);
    String lower = plan("SELECT /*+ no_index(orders) */ customer FROM orders WHERE status = 'NEW'");
    assertTrue(lower.contains("access=SCAN") && !lower.contains("index="), lower);
  }

  @Test
  void aKeysOnlyIndexIsRefusedWhenItLacksAColumn() throws SQLException {
    Database db = conn.unwrap(DynasqlConnection.class).database();
    db.updateTable(io.dynasql.engine.api.UpdateTableRequest.createIndex("orders", new SecondaryIndex("byTotal",
        KeySchema.of("total", AttributeType.N), io.dynasql.engine.model.ProjectionType.KEYS_ONLY, List.of())));
    try {
      String keysOnly = plan("SELECT customer, id FROM orders WHERE total = 31");
      assertTrue(keysOnly.contains("index=byTotal"), "keys are projected: " + keysOnly);
      String needsStatus = plan("SELECT status FROM orders WHERE total = 31");
      assertTrue(!needsStatus.contains("index=byTotal") && needsStatus.contains("access=SCAN"), "status is not projected: " + needsStatus);
      assertEquals(List.of("SHIPPED"), rows("SELECT status FROM orders WHERE total = 31"));
    } finally {
      db.updateTable(io.dynasql.engine.api.UpdateTableRequest.deleteIndex("orders", "byTotal"));
    }
  }

  @Test
  void anythingElseIsAScanWithAPushedFilterAndAWarning() throws SQLException {
    String sql = "SELECT customer, id FROM orders WHERE total > 85";
    String p = plan(sql);
    assertTrue(p.contains("access=SCAN") && p.contains("filter=[total > 85]"), p);
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int count = 0;
      while (rs.next()) count++;
      assertEquals(5, count); // total = 10 * id + customer number: only id 9 exceeds 85
      assertNotNull(st.getWarnings(), "a SCAN warns");
      assertTrue(st.getWarnings().getMessage().contains("orders") && st.getWarnings().getMessage().contains("50 items read"),
          st.getWarnings().getMessage());
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size());
      assertEquals(50, lines.get(0).record().itemsRead());
      assertEquals(5, lines.get(0).record().itemsReturned());
    }
  }

  @Test
  void orderBySortKeyDescendingWithLimitReadsBackwardAndStops() throws SQLException {
    String sql = "SELECT id FROM orders WHERE customer = 'c0' ORDER BY id DESC LIMIT 3";
    String p = plan(sql);
    assertTrue(p.contains("order=backward") && p.contains("limit=3") && !p.contains("EnumerableSort"), p);
    assertEquals(List.of("9", "8", "7"), rows(sql));
  }

  @Test
  void preparedKeyParametersAreBoundAtExecution() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT total FROM orders WHERE customer = ? AND id = ?")) {
      for (int c = 0; c < 5; c++) {
        ps.setString(1, "c" + c);
        ps.setInt(2, 4);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(40 + c, rs.getInt(1));
        }
        assertEquals("GET", ps.unwrap(DynasqlStatement.class).accessLines().get(0).record().kind().name());
        assertNull(ps.getWarnings());
      }
    }
  }

  @Test
  void filterParametersArePushedAndBoundAtExecution() throws SQLException {
    assertTrue(plan("SELECT customer FROM orders WHERE total > ?").contains("filter=[total > ?0]"),
        plan("SELECT customer FROM orders WHERE total > ?"));
    try (PreparedStatement ps = conn.prepareStatement("SELECT customer FROM orders WHERE total > ?")) {
      ps.setInt(1, 85);
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) n++;
      }
      assertEquals(5, n);
      assertEquals(5, ps.unwrap(DynasqlStatement.class).accessLines().get(0).record().itemsReturned(), "filtered in the store");
      ps.setNull(1, java.sql.Types.INTEGER);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(!rs.next(), "a comparison with NULL matches nothing");
      }
    }
  }

  @Test
  void scanDenyRefusesBeforeReading() throws SQLException {
    try (Connection deny = DriverManager.getConnection("jdbc:dynasql:mem:pushdown;scan=deny");
         Statement st = deny.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM orders WHERE total > 1"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("orders") && e.getMessage().contains("customer"), e.getMessage());
      try (ResultSet rs = st.executeQuery("SELECT total FROM orders WHERE customer = 'c1' AND id = 1")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  void pushdownOffReadsEverythingWithAScanAndGivesTheSameRows() throws SQLException {
    String sql = "SELECT id FROM orders WHERE customer = 'c2' AND id >= 7 ORDER BY id";
    try (Connection off = DriverManager.getConnection("jdbc:dynasql:mem:pushdown;pushdown=false");
         Statement st = off.createStatement()) {
      List<String> got = new ArrayList<>();
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) got.add(rs.getString(1));
      }
      assertEquals(rows(sql), got);
      assertEquals("SCAN", st.unwrap(DynasqlStatement.class).accessLines().get(0).record().kind().name());
    }
  }

  @Test
  void unknownTablesAndBadSqlCarrySqlStates() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException missing = assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM nope"));
      assertTrue(missing.getSQLState().startsWith("42"), missing.getSQLState() + " " + missing.getMessage());
      SQLException syntax = assertThrows(SQLException.class, () -> st.executeQuery("SELEC 1"));
      assertEquals("42601", syntax.getSQLState(), syntax.getMessage());
    }
  }
}
