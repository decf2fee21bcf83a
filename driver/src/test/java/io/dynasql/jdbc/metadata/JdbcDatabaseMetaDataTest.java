package io.dynasql.jdbc.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DatabaseMetaData as a tool meets it, through DriverManager: each catalog method's columns and
 * rows on tables with a key, a global and a local index, against JDBC's Javadoc
 * (https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/DatabaseMetaData.html).
 */
class JdbcDatabaseMetaDataTest {
  private static Connection conn;
  private static DatabaseMetaData md;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:jdbc-metadata");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, placed BIGINT, status VARCHAR, total DECIMAL(12, 2),"
          + " PRIMARY KEY (customer, placed), LOCAL INDEX byTotal (total))");
      st.execute("CREATE INDEX byStatus ON orders (status, placed)");
    }
    md = conn.getMetaData();
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  @Test
  void schemasAreTheTablesSysAndInformationSchemaNotCalcitesMetadata() throws SQLException {
    assertEquals(List.of("dynasql", "information_schema", "sys"), column(md.getSchemas(), "TABLE_SCHEM"));
    assertEquals(List.of("information_schema"), column(md.getSchemas(null, "info%"), "TABLE_SCHEM"));
    assertEquals(List.of("TABLE_SCHEM", "TABLE_CATALOG"), labels(md.getSchemas()));
  }

  @Test
  void tablesListTheInformationSchemaViewsAsSystemTablesAndNothingOfMetadata() throws SQLException {
    List<String> all = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, null, "%", null)) {
      while (rs.next()) all.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE"));
    }
    assertTrue(all.contains("dynasql.orders:TABLE"), all.toString());
    assertTrue(all.contains("information_schema.tables:SYSTEM TABLE"), all.toString());
    assertTrue(all.contains("sys.access_log:SYSTEM TABLE"), all.toString());
    assertTrue(all.stream().noneMatch(t -> t.startsWith("metadata.")), all.toString());
    assertEquals(List.of("columns", "key_column_usage", "schemata", "table_constraints", "tables"),
        column(md.getTables(null, "information\\_schema", "%", new String[] {"SYSTEM TABLE"}), "TABLE_NAME"));
  }

  @Test
  void columnsOfATableAndOfASystemView() throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, "dynasql", "orders", "%")) {
      while (rs.next()) {
        cols.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("DATA_TYPE") + " " + rs.getString("TYPE_NAME") + " "
            + rs.getObject("COLUMN_SIZE") + "," + rs.getObject("DECIMAL_DIGITS") + " " + rs.getString("IS_NULLABLE") + " "
            + rs.getInt("ORDINAL_POSITION"));
      }
    }
    assertEquals(List.of("customer 12 VARCHAR null,null NO 1", "placed -5 BIGINT null,null NO 2", "status 12 VARCHAR null,null YES 3",
        "total 3 DECIMAL 12,2 YES 4", "_item 12 VARCHAR null,null NO 5"), cols);
    assertEquals(List.of("table_catalog", "table_schema", "table_name", "table_type", "is_insertable_into"),
        column(md.getColumns(null, "information_schema", "tables", null), "COLUMN_NAME"));
    assertEquals(List.of(), column(md.getColumns(null, "nowhere", "orders", null), "COLUMN_NAME"), "the schema pattern filters");
  }

  @Test
  void primaryKeyIsPartitionKeyThenSortKey() throws SQLException {
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = md.getPrimaryKeys(null, "dynasql", "orders")) {
      while (rs.next()) keys.add(rs.getString("COLUMN_NAME") + ":" + rs.getShort("KEY_SEQ") + ":" + rs.getString("PK_NAME"));
    }
    assertEquals(List.of("customer:1:PK_orders", "placed:2:PK_orders"), keys, "ordered by COLUMN_NAME, as JDBC asks");
    assertEquals(List.of(), column(md.getPrimaryKeys(null, "sys", "orders"), "COLUMN_NAME"), "orders is not in sys");
  }

  @Test
  void indexInfoHasTheKeyAsUniqueAndEachSecondaryIndexWithItsKeyColumns() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = md.getIndexInfo(null, "dynasql", "orders", false, true)) {
      while (rs.next()) {
        rows.add(rs.getString("INDEX_NAME") + "(" + rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME") + ")"
            + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"));
      }
    }
    assertEquals(List.of("PK_orders(1:customer) unique", "PK_orders(2:placed) unique", "byStatus(1:status)", "byStatus(2:placed)",
        "byTotal(1:customer)", "byTotal(2:total)"), rows);
    assertEquals(2, column(md.getIndexInfo(null, "dynasql", "orders", true, true), "INDEX_NAME").size(), "unique only: the key");
  }

  @Test
  void whatDynasqlHasNoneOfIsEmptyWithJdbcsColumns() throws SQLException {
    assertEquals(List.of("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "FUTURE_USE1", "FUTURE_USE2", "FUTURE_USE3",
        "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME"), labels(md.getProcedures(null, null, "%")));
    assertEquals(List.of(), column(md.getProcedures(null, null, "%"), "PROCEDURE_NAME"));
    assertEquals(List.of(), column(md.getImportedKeys(null, "dynasql", "orders"), "FK_NAME"));
    assertEquals(List.of(), column(md.getUDTs(null, null, "%", null), "TYPE_NAME"));
    assertEquals(List.of(), column(md.getTablePrivileges(null, null, "%"), "TABLE_NAME"));
    assertEquals(List.of("NAME", "MAX_LEN", "DEFAULT_VALUE", "DESCRIPTION"), labels(md.getClientInfoProperties()));
  }

  @Test
  void functionsListVersion() throws SQLException {
    assertEquals(List.of("version"), column(md.getFunctions(null, null, "%"), "FUNCTION_NAME"));
    assertEquals(List.of(), column(md.getFunctions(null, null, "abs"), "FUNCTION_NAME"));
    assertEquals(List.of("VARCHAR"), column(md.getFunctionColumns(null, "dynasql", "version", null), "TYPE_NAME"));
  }

  @Test
  void typeInfoHasTheKeyTypes() throws SQLException {
    assertTrue(column(md.getTypeInfo(), "TYPE_NAME").containsAll(List.of("VARCHAR", "DECIMAL", "BIGINT", "BOOLEAN", "VARBINARY")));
  }

  @Test
  void oneMetaDataPerConnectionAndItsConnectionIsTheCaller() throws SQLException {
    assertSame(md, conn.getMetaData());
    assertSame(conn, md.getConnection());
    assertTrue(md.isWrapperFor(DatabaseMetaData.class));
    assertEquals("jdbc:dynasql:mem:jdbc-metadata", md.getURL());
  }

  @Test
  void manyOpenAnswersOfOneKindAreEachReadable() throws SQLException {
    // More than the statements kept per text: the extra ones are prepared for the call and closed with their rows.
    List<ResultSet> open = new ArrayList<>();
    for (int i = 0; i < 6; i++) open.add(md.getPrimaryKeys(null, "dynasql", "orders"));
    for (ResultSet rs : open) {
      assertEquals(List.of("customer", "placed"), column(rs, "COLUMN_NAME"));
      assertTrue(rs.isClosed());
    }
    assertEquals(List.of("customer", "placed"), column(md.getPrimaryKeys(null, "dynasql", "orders"), "COLUMN_NAME"));
  }

  @Test
  void aStatementClosedThroughItsResultSetIsNotReused() throws SQLException {
    ResultSet rs = md.getPrimaryKeys(null, "dynasql", "orders");
    rs.getStatement().close(); // a tool tidying up what it was given
    assertTrue(rs.isClosed());
    assertEquals(List.of("customer", "placed"), column(md.getPrimaryKeys(null, "dynasql", "orders"), "COLUMN_NAME"));
  }

  @Test
  void metaDataOfAClosedConnectionFailsWithAConnectionState() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:dynasql:mem:jdbc-metadata-closed");
    DatabaseMetaData m = c.getMetaData();
    c.close();
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> m.getTables(null, null, "%", null));
    assertTrue(e.getSQLState().startsWith("08"), e.getSQLState() + " " + e.getMessage());
    assertFalse(m.getDatabaseProductName().isEmpty(), "identity needs no connection");
  }

  static List<String> column(ResultSet rs, String label) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) out.add(rs.getString(label));
    }
    return out;
  }

  static List<String> labels(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      ResultSetMetaData m = rs.getMetaData();
      for (int i = 1; i <= m.getColumnCount(); i++) out.add(m.getColumnLabel(i));
    }
    return out;
  }
}
