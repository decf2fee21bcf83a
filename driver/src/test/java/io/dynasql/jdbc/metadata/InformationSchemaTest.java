package io.dynasql.jdbc.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code information_schema} as people and BI tools query it, with PostgreSQL's view and column
 * names: https://www.postgresql.org/docs/current/information-schema.html (tables:
 * infoschema-tables.html, columns: infoschema-columns.html, schemata: infoschema-schemata.html,
 * key_column_usage: infoschema-key-column-usage.html, table_constraints:
 * infoschema-table-constraints.html). H2 has the same views and columns in upper case
 * (https://h2database.com/html/systemtables.html).
 */
class InformationSchemaTest {
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:information-schema");
    MetaDataDump.createTables(conn);
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  @Test
  void tablesListsTheDatabaseTablesAsBaseTablesAndTheSystemViews() throws SQLException {
    List<String> rows = rows("SELECT table_schema, table_name, table_type FROM information_schema.tables"
        + " WHERE table_schema <> 'sys' ORDER BY table_schema, table_name");
    assertEquals(List.of("dynasql Customers BASE TABLE", "dynasql orderXitems BASE TABLE", "dynasql order_items BASE TABLE",
        "information_schema columns VIEW", "information_schema key_column_usage VIEW", "information_schema schemata VIEW",
        "information_schema table_constraints VIEW", "information_schema tables VIEW"), rows);
    assertEquals(List.of("table_catalog", "table_schema", "table_name", "table_type", "is_insertable_into"),
        labels("SELECT * FROM information_schema.tables"));
  }

  @Test
  void columnsGiveOrderTypeAndNullability() throws SQLException {
    assertEquals(List.of("order_id 1 NO VARCHAR null null null", "line 2 NO BIGINT null null null",
        "sku 3 YES VARCHAR null null null", "qty 4 YES INTEGER null null null", "price 5 YES DECIMAL null 10 2",
        "_item 6 NO VARCHAR null null null"),
        rows("SELECT column_name, ordinal_position, is_nullable, data_type, character_maximum_length, numeric_precision,"
            + " numeric_scale FROM information_schema.columns WHERE table_name = 'order_items' ORDER BY ordinal_position"));
    assertEquals(List.of("name VARCHAR 40"), rows("SELECT column_name, data_type, character_maximum_length"
        + " FROM information_schema.columns WHERE table_name = 'Customers' AND column_name = 'name'"));
    assertEquals(List.of("schema_name"), rows("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = 'information_schema' AND table_name = 'schemata' AND ordinal_position = 2"));
  }

  @Test
  void schemataListsTheThreeSchemasAndNotCalcitesInternalOne() throws SQLException {
    assertEquals(List.of("dynasql", "information_schema", "sys"),
        rows("SELECT schema_name FROM information_schema.schemata ORDER BY schema_name"));
  }

  @Test
  void theKeyIsAPrimaryKeyConstraintWithItsColumnsInKeyOrder() throws SQLException {
    assertEquals(List.of("PK_order_items PRIMARY KEY"), rows("SELECT constraint_name, constraint_type"
        + " FROM information_schema.table_constraints WHERE table_name = 'order_items'"));
    assertEquals(List.of("PK_order_items order_id 1", "PK_order_items line 2"),
        rows("SELECT k.constraint_name, k.column_name, k.ordinal_position FROM information_schema.key_column_usage k"
            + " JOIN information_schema.table_constraints c ON c.constraint_name = k.constraint_name"
            + " WHERE k.table_name = 'order_items' AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position"));
  }

  @Test
  void selectStarFromTablesWorksAsTypedAndUpperCase() throws SQLException {
    assertTrue(rows("SELECT * FROM information_schema.tables").size() >= 3 + 5 + InformationSchemaViews.COUNT);
    assertEquals(rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES ORDER BY 1"),
        rows("SELECT table_name FROM information_schema.tables ORDER BY 1"));
  }

  @Test
  void aTableCreatedLaterAppears() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE later_one (id VARCHAR PRIMARY KEY)");
    }
    assertEquals(List.of("later_one"), rows("SELECT table_name FROM information_schema.tables WHERE table_name = 'later_one'"));
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(i > 1 ? " " : "").append(rs.getString(i));
        out.add(row.toString());
      }
    }
    return out;
  }

  private static List<String> labels(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) out.add(rs.getMetaData().getColumnLabel(i));
    }
    return out;
  }

  /** The number of information_schema views. */
  private static final class InformationSchemaViews {
    static final int COUNT = io.dynasql.calcite.sys.InformationSchema.TABLES.size();
  }
}
