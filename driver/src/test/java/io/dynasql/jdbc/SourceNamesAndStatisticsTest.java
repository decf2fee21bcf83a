package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
 * A PostgreSQL source's three-part names, unquoted matching ignoring case and quoted exact, and
 * the row estimates read from its statistics ({@code pg_class.reltuples}, kept by ANALYZE).
 */
class SourceNamesAndStatisticsTest {
  private static EmbeddedPostgres pg;
  private static Connection conn;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS names_crm CASCADE");
      s.execute("DROP SCHEMA IF EXISTS names_amb CASCADE");
      s.execute("CREATE SCHEMA names_crm");
      s.execute("CREATE TABLE names_crm.customers (id integer PRIMARY KEY, name varchar(20), city varchar(20))");
      s.execute("CREATE INDEX customers_city ON names_crm.customers (city, name)");
      s.execute("INSERT INTO names_crm.customers SELECT g, 'n' || g, 'c' || (g % 5) FROM generate_series(1, 50) g");
      s.execute("ANALYZE names_crm.customers");
      s.execute("CREATE TABLE names_crm.unanalysed (id integer)");
      s.execute("CREATE SCHEMA names_amb");
      s.execute("CREATE TABLE names_amb.items (id integer)");
      s.execute("CREATE TABLE names_amb.\"Items\" (id integer)");
      s.execute("INSERT INTO names_amb.\"Items\" VALUES (7)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pgnames");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
  }

  @Test
  void unquotedThreePartNamesMatchIgnoringCase() throws SQLException {
    assertEquals(List.of("n1"), column("SELECT name FROM pg.NAMES_CRM.Customers WHERE id = 1"));
    assertEquals(List.of("n2"), column("SELECT c.NAME FROM Pg.names_crm.CUSTOMERS c WHERE c.ID = 2"));
    assertEquals(List.of("n3"), column("SELECT \"name\" FROM pg.\"names_crm\".\"customers\" WHERE \"id\" = 3"));
  }

  @Test
  void quotedNamesAreExact() {
    SQLException e = assertThrows(SQLException.class, () -> column("SELECT name FROM pg.\"NAMES_CRM\".customers"));
    assertTrue(e.getMessage().contains("NAMES_CRM"), e.getMessage());
    e = assertThrows(SQLException.class, () -> column("SELECT name FROM pg.names_crm.\"Customers\""));
    assertTrue(e.getMessage().contains("Customers"), e.getMessage());
  }

  @Test
  void anUnquotedNameMatchingTwoTablesIsAmbiguous() throws SQLException {
    SQLException e = assertThrows(SQLException.class, () -> column("SELECT id FROM pg.names_amb.ITEMS"));
    assertEquals("42702", e.getSQLState());
    assertTrue(e.getMessage().contains("\"items\"") && e.getMessage().contains("\"Items\""), e.getMessage());
    assertEquals(List.of("7"), column("SELECT id FROM pg.names_amb.\"Items\""));
  }

  @Test
  void estimatesComeFromReltuplesOrTheDefaultWhenNeverAnalysed() throws SQLException {
    // https://www.postgresql.org/docs/current/catalog-pg-class.html : reltuples is -1 until the table is analysed
    String analysed = column("EXPLAIN PLAN FOR SELECT id FROM pg.names_crm.customers").toString();
    assertTrue(analysed.contains("est_rows=[50], est_bytes=[200]"), analysed);
    String never = column("EXPLAIN PLAN FOR SELECT id FROM pg.names_crm.unanalysed").toString();
    assertTrue(never.contains("est_rows=[1000]"), never);
  }

  @Test
  void getIndexInfoAndSysSourceIndexesListTheSourcesOwnIndexes() throws SQLException {
    // pg is the catalog of its remote schema names_crm (not the connection's default schema public)
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getIndexInfo("pg", "names_crm", "customers", false, true)) {
      while (rs.next()) {
        rows.add(rs.getString("TABLE_CAT") + "." + rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME") + " "
            + rs.getString("INDEX_NAME") + " " + rs.getBoolean("NON_UNIQUE") + " " + rs.getShort("ORDINAL_POSITION") + " "
            + rs.getString("COLUMN_NAME"));
      }
    }
    assertEquals(List.of("pg.names_crm.customers customers_pkey false 1 id", "pg.names_crm.customers customers_city true 1 city",
        "pg.names_crm.customers customers_city true 2 name"), rows);
    try (ResultSet rs = conn.getMetaData().getIndexInfo("pg", "names_crm", "customers", true, true)) {
      assertTrue(rs.next());
      assertEquals("customers_pkey", rs.getString("INDEX_NAME"));
      assertTrue(!rs.next(), "only the unique index when unique is asked for");
    }
    assertEquals(List.of("customers_city", "customers_city", "customers_pkey"), column("SELECT index_name FROM sys.source_indexes"
        + " WHERE jdbc_catalog = 'pg' AND jdbc_schema = 'names_crm' AND table_name = 'customers' ORDER BY index_name, ordinal_position"));
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
