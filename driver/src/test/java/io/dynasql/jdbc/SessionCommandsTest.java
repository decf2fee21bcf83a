package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SHOW TABLES, SHOW SCHEMAS and DESCRIBE, what people type first (MySQL's and H2's commands): they
 * answer from the catalog as result sets, and a table that does not exist is 42S02 saying so.
 */
class SessionCommandsTest {
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:session-commands");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, id BIGINT, total DECIMAL(10, 2), PRIMARY KEY (customer, id))");
      st.execute("CREATE TABLE People (pk VARCHAR, name VARCHAR, PRIMARY KEY (pk))");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= n; c++) row.append(c > 1 ? "|" : "").append(rs.getString(c));
        out.add(row.toString());
      }
    }
    return out;
  }

  @Test
  void showTablesAndSchemas() throws SQLException {
    assertEquals(List.of("People", "orders"), rows("SHOW TABLES"));
    assertEquals(List.of("People", "orders"), rows("show tables;"));
    List<String> schemas = rows("SHOW SCHEMAS");
    assertTrue(schemas.containsAll(List.of("dynasql", "information_schema", "sys")), schemas.toString());
  }

  @Test
  void describeListsColumnsTypesAndKeys() throws SQLException {
    List<String> described = rows("DESCRIBE orders");
    assertEquals("customer|VARCHAR|NO|partition key", described.get(0));
    assertEquals("id|BIGINT|NO|sort key", described.get(1));
    assertTrue(described.get(2).startsWith("total|DECIMAL|YES|"), described.toString());
    assertEquals(described, rows("desc ORDERS"));
    assertEquals(described, rows("DESCRIBE TABLE orders"));
    assertEquals("pk|VARCHAR|NO|partition key", rows("DESC \"People\"").get(0));
    try (PreparedStatement ps = conn.prepareStatement("DESCRIBE people")) {
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("pk", rs.getString("COLUMN_NAME"));
      }
    }
  }

  @Test
  void describingWhatIsNotThereSaysSo() {
    SQLException e = assertThrows(SQLException.class, () -> rows("DESCRIBE nothing_here"));
    assertEquals("42S02", e.getSQLState());
    assertTrue(e.getMessage().contains("Table nothing_here does not exist"), e.getMessage());
    SQLException quoted = assertThrows(SQLException.class, () -> rows("DESCRIBE \"ORDERS\""));
    assertEquals("42S02", quoted.getSQLState(), "a quoted name is exact");
    SQLException syntax = assertThrows(SQLException.class, () -> rows("DESCRIBE"));
    assertEquals("42601", syntax.getSQLState());
  }
}
