package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An item written through the engine API with a value its column's declared type cannot show
 * (N 3.7 or S "abc" under BIGINT, N 40000 under SMALLINT) is never read as a silent NULL: a 22018
 * error naming table, key and column; or, with {@code lenientReads=true}, the value converted and
 * a SQLWarning naming them.
 */
class StoredMisfitTest {
  private static final String URL = "jdbc:dynasql:mem:stored-misfit;scan=allow";

  private static void put(Connection conn, String pk, String column, AttributeValue v) throws SQLException {
    conn.unwrap(DynasqlConnection.class).database().putItem(PutItemRequest.of("misfits", Map.of("pk", s(pk), column, v)));
  }

  private static void fill(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE misfits (pk VARCHAR PRIMARY KEY, big BIGINT, small SMALLINT, name VARCHAR)");
    }
    put(conn, "fraction", "big", n(new BigDecimal("3.7")));
    put(conn, "text", "big", s("abc"));
    put(conn, "numeric-text", "big", s("42"));
    put(conn, "wide", "small", n(40000));
    put(conn, "number-name", "name", n(7));
  }

  @Test
  void strictReadsNameTableKeyAndColumn() throws SQLException {
    try (Connection conn = DriverManager.getConnection(URL); Statement st = conn.createStatement()) {
      fill(conn);
      try {
        misfit(st, "SELECT big FROM misfits WHERE pk = 'fraction'", "pk = 'fraction'", "big", "N 3.7");
        misfit(st, "SELECT big FROM misfits WHERE pk = 'text'", "pk = 'text'", "big", "S \"abc\"");
        misfit(st, "SELECT small FROM misfits WHERE pk = 'wide'", "pk = 'wide'", "small", "N 40000");
        misfit(st, "SELECT name FROM misfits WHERE pk = 'number-name'", "pk = 'number-name'", "name", "N 7");
        SQLException sum = assertThrows(SQLException.class, () -> drain(st.executeQuery("SELECT SUM(big) FROM misfits")));
        assertEquals("22018", sum.getSQLState(), "never a SUM that skips the misfit: " + sum.getMessage());
        try (ResultSet rs = st.executeQuery("SELECT pk FROM misfits WHERE pk = 'fraction'")) {
          assertTrue(rs.next(), "columns that are not read are not checked");
        }
      } finally {
        st.execute("DROP TABLE misfits");
      }
    }
  }

  @Test
  void lenientReadsConvertAndWarn() throws SQLException {
    try (Connection conn = DriverManager.getConnection(URL + ";lenientReads=true"); Statement st = conn.createStatement()) {
      fill(conn);
      try {
        assertEquals(3L, lenient(st, "SELECT big FROM misfits WHERE pk = 'fraction'", "pk = 'fraction'", "big"));
        assertNull(lenient(st, "SELECT big FROM misfits WHERE pk = 'text'", "pk = 'text'", "big"));
        assertEquals(42L, lenient(st, "SELECT big FROM misfits WHERE pk = 'numeric-text'", "pk = 'numeric-text'", "big"));
        assertNull(lenient(st, "SELECT small FROM misfits WHERE pk = 'wide'", "pk = 'wide'", "small"));
        assertEquals("7", lenient(st, "SELECT name FROM misfits WHERE pk = 'number-name'", "pk = 'number-name'", "name"));
        try (ResultSet rs = st.executeQuery("SELECT SUM(big) FROM misfits")) {
          assertTrue(rs.next());
          assertEquals(45L, rs.getLong(1));
          assertNotNull(st.getWarnings());
        }
      } finally {
        st.execute("DROP TABLE misfits");
      }
    }
  }

  private static void misfit(Statement st, String sql, String key, String column, String value) {
    SQLException e = assertThrows(SQLException.class, () -> drain(st.executeQuery(sql)), sql);
    assertEquals("22018", e.getSQLState(), sql + ": " + e.getMessage());
    for (String part : new String[] {"table misfits", key, "column " + column, value}) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' in " + e.getMessage());
    }
  }

  private static Object lenient(Statement st, String sql, String key, String column) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      Object v = rs.getObject(1);
      SQLWarning w = rs.getWarnings();
      assertNotNull(w, sql + " warns");
      assertEquals("01000", w.getSQLState());
      for (String part : new String[] {"table misfits", key, "column " + column, "lenientReads"}) {
        assertTrue(w.getMessage().contains(part), "'" + part + "' in " + w.getMessage());
      }
      assertNotNull(st.getWarnings(), "the statement shows it too");
      return v instanceof Number num && !(v instanceof BigDecimal) ? (Object) num.longValue() : v;
    }
  }

  private static void drain(ResultSet rs) throws SQLException {
    try (rs) {
      while (rs.next()) rs.getObject(1);
    }
  }
}
