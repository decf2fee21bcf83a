package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.api.PutItemRequest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetadataAndSysTest {
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:meta");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE order_items (order_id VARCHAR, line BIGINT, sku VARCHAR, qty INT, PRIMARY KEY (order_id, line))");
      st.execute("CREATE INDEX bySku ON order_items (sku, line)");
      st.execute("CREATE TABLE orderXitems (k VARCHAR PRIMARY KEY)");
    }
    conn.unwrap(DynasqlConnection.class).database().putItem(PutItemRequest.of("order_items",
        Map.of("order_id", AttributeValue.s("o1"), "line", AttributeValue.n(1), "sku", AttributeValue.s("A"), "qty", AttributeValue.n(2))));
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  @Test
  void primaryKeysAreThePartitionThenTheSortKey() throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = md.getPrimaryKeys(null, "dynasql", "order_items")) {
      while (rs.next()) keys.add(rs.getString("COLUMN_NAME") + ":" + rs.getShort("KEY_SEQ"));
    }
    assertEquals(List.of("line:2", "order_id:1"), keys, "ordered by column name, as JDBC asks");
  }

  @Test
  void indexInfoListsThePrimaryKeyAndEachIndexWithItsColumns() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getIndexInfo(null, "dynasql", "order_items", false, true)) {
      while (rs.next()) rows.add(rs.getString("INDEX_NAME") + "/" + rs.getString("COLUMN_NAME") + "/" + rs.getBoolean("NON_UNIQUE"));
    }
    assertEquals(List.of("PK_order_items/order_id/false", "PK_order_items/line/false", "bySku/sku/true", "bySku/line/true"), rows);
  }

  @Test
  void underscoreInANameIsNotAWildcard() throws SQLException {
    int n = 0;
    try (ResultSet rs = conn.getMetaData().getPrimaryKeys(null, "dynasql", "order_items")) {
      while (rs.next()) n++;
    }
    assertEquals(2, n, "orderXitems must not match order_items");
  }

  @Test
  void columnsAndTablesComeFromTheCatalog() throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getColumns(null, "dynasql", "order_items", null)) {
      while (rs.next()) cols.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME"));
    }
    assertTrue(cols.contains("line BIGINT") && cols.contains("qty INTEGER") && cols.contains("_item VARCHAR"), cols.toString());
  }

  @Test
  void tablesAreTablesAndSysTablesAreSystemTables() throws SQLException {
    List<String> types = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getTableTypes()) {
      while (rs.next()) types.add(rs.getString("TABLE_TYPE"));
    }
    assertEquals(List.of("SYSTEM TABLE", "TABLE"), types);
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
    }
    assertTrue(tables.contains("dynasql.order_items") && tables.stream().noneMatch(t -> t.startsWith("sys.")), tables.toString());
    try (ResultSet rs = conn.getMetaData().getTables(null, "sys", "access\\_log", null)) {
      assertTrue(rs.next());
      assertEquals("SYSTEM TABLE", rs.getString("TABLE_TYPE"));
    }
  }

  @Test
  void tablePatternsFollowJdbcUnderscoreIsAWildcardUnlessEscaped() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS orderXitems (id VARCHAR PRIMARY KEY)");
    }
    assertEquals(List.of("orderXitems", "order_items"), tableNames(null, "order_items", null));
    assertEquals(List.of("order_items"), tableNames(null, "order\\_items", null));
    assertEquals(List.of(), tableNames(null, "ORDER\\_ITEMS", null)); // names are case-sensitive, as stored
    assertEquals(List.of("access_log"), tableNames("sy_", "acc%", new String[] {"SYSTEM TABLE"}));
    assertEquals(List.of(), tableNames("sys", "%", new String[] {"TABLE"}));
  }

  private static List<String> tableNames(String schema, String pattern, String[] types) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getTables(null, schema, pattern, types)) {
      while (rs.next()) out.add(rs.getString("TABLE_NAME"));
    }
    return out;
  }

  @Test
  void theAccessLogRecordsEveryTableAccessWithItsCost() throws SQLException {
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT qty FROM order_items WHERE order_id = 'o1' AND line = 1")) {
        while (rs.next()) { /* drain */ }
      }
      try (ResultSet rs = st.executeQuery("SELECT statement_id, access, table_name, items_read, cost_usd, \"sql\" FROM sys.access_log ORDER BY statement_id DESC")) {
        assertTrue(rs.next());
        assertEquals("GET", rs.getString("access"));
        assertEquals("order_items", rs.getString("table_name"));
        assertEquals(1, rs.getLong("items_read"));
        assertTrue(rs.getDouble("cost_usd") > 0);
        assertTrue(rs.getString("sql").contains("line = 1"));
      }
    }
  }
}
