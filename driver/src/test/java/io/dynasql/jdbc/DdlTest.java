package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.TableDescription;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DdlTest {
  private final Connection conn = open();

  private static Connection open() {
    try {
      return DriverManager.getConnection("jdbc:dynasql:mem:ddl-test");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void createTableAndIndexThroughJdbcThenQueryIt() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertFalse(st.execute("CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, total DECIMAL(10, 2), PRIMARY KEY (customer, id))"));
      assertEquals(0, st.executeUpdate("CREATE INDEX byStatus ON orders (status, id)"));
      TableDescription d = conn.unwrap(DynasqlConnection.class).database().describeTable("orders");
      assertEquals("customer", d.keySchema().partitionKey());
      assertEquals("byStatus", d.globalSecondaryIndexes().get(0).indexName());
      try (ResultSet rs = st.executeQuery("SELECT customer, id, status, total FROM orders WHERE customer = 'x'")) {
        assertEquals("BIGINT", rs.getMetaData().getColumnTypeName(2));
        assertEquals("DECIMAL", rs.getMetaData().getColumnTypeName(4));
        assertFalse(rs.next());
      }
      st.execute("DROP INDEX byStatus ON orders");
      st.execute("DROP TABLE orders");
      SQLException gone = assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM orders"));
      assertTrue(gone.getSQLState().startsWith("42"), gone.getSQLState());
    }
  }

  @Test
  void ddlErrorsCarrySqlStatesAndChangeNothing() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException syntax = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE tab1 (a VARCHAR"));
      assertEquals("42601", syntax.getSQLState(), syntax.getMessage());
      SQLException noKey = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE tab1 (a VARCHAR)"));
      assertEquals("42601", noKey.getSQLState(), noKey.getMessage());
      st.execute("CREATE TABLE tab1 (a VARCHAR PRIMARY KEY)");
      SQLException exists = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE tab1 (a VARCHAR PRIMARY KEY)"));
      assertEquals("42S01", exists.getSQLState(), exists.getMessage());
      st.execute("CREATE TABLE IF NOT EXISTS tab1 (a VARCHAR PRIMARY KEY)");
      SQLException missing = assertThrows(SQLException.class, () -> st.execute("DROP TABLE nope"));
      assertEquals("42S02", missing.getSQLState(), missing.getMessage());
      st.execute("DROP TABLE tab1");
    }
  }

  @Test
  void aTableCreatedByAnotherConnectionIsVisibleAtOnce() throws SQLException {
    try (Connection other = DriverManager.getConnection("jdbc:dynasql:mem:ddl-test");
         Statement st = conn.createStatement(); Statement os = other.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sys.tables WHERE table_name = 'late_t'")) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
      os.execute("CREATE TABLE late_t (k VARCHAR PRIMARY KEY)");
      try (ResultSet rs = st.executeQuery("SELECT k FROM late_t")) {
        assertFalse(rs.next());
      }
      os.execute("DROP TABLE late_t");
    }
  }

  @Test
  void preparedDdlRunsAtExecution() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("CREATE TABLE prepared_t (k BIGINT PRIMARY KEY)")) {
      assertEquals(0, ps.executeUpdate());
    }
    assertEquals("k", conn.unwrap(DynasqlConnection.class).database().describeTable("prepared_t").keySchema().partitionKey());
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE prepared_t");
    }
  }
}
