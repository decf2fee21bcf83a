package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL source (an embedded server started once per JVM): values of each mapped type come
 * back unchanged, three-part names reach its schemas, and conditions are sent with the literal in
 * the column's type (never a CAST around the column).
 */
class FederatedPostgresSourceTest {
  private static EmbeddedPostgres pg;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS typed");
      s.execute("CREATE TABLE typed (id integer PRIMARY KEY, big numeric(30,10), ts timestamp, label varchar(20),"
          + " flag boolean, data bytea, tsz timestamptz)");
      s.execute("INSERT INTO typed VALUES (1, 12345678901234567890.0123456789, '2024-02-29 13:45:01.250', 'héllo', true,"
          + " '\\x00ff10', '2024-01-01 00:00:00+02'), (2, -1.5, NULL, NULL, false, NULL, NULL)");
    }
  }

  private static Connection dynasql(String name) throws SQLException {
    Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:" + name);
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
    }
    return conn;
  }

  @Test
  void typesRoundTrip() throws SQLException {
    // https://www.postgresql.org/docs/current/datatype.html : numeric keeps every digit, timestamptz is an instant
    try (Connection conn = dynasql("pgtypes"); Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, big, ts, label, flag, data, tsz FROM pg.public.typed ORDER BY id")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1));
      assertEquals(0, new BigDecimal("12345678901234567890.0123456789").compareTo(rs.getBigDecimal(2)));
      assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 1, 250_000_000), rs.getTimestamp(3).toLocalDateTime());
      assertEquals("héllo", rs.getString(4));
      assertTrue(rs.getBoolean(5));
      assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, rs.getBytes(6));
      assertEquals(LocalDateTime.of(2023, 12, 31, 22, 0), rs.getTimestamp(7).toLocalDateTime()); // its UTC instant
      assertTrue(rs.next());
      assertEquals(0, new BigDecimal("-1.5").compareTo(rs.getBigDecimal(2)));
      assertEquals(null, rs.getTimestamp(3));
      assertEquals(null, rs.getString(4));
      assertFalse(rs.getBoolean(5));
      assertEquals(null, rs.getBytes(6));
      assertFalse(rs.next());
    }
  }

  @Test
  void conditionsAreSargableAndTextRangesStayLocal() throws SQLException {
    try (Connection conn = dynasql("pgplan"); Statement s = conn.createStatement()) {
      String plan = plan(s, "SELECT label FROM pg.typed WHERE id >= 1 AND big > 0 AND label > 'a'");
      assertTrue(plan.contains("WHERE \"id\" >= ? AND \"big\" > ?"), plan);
      assertFalse(plan.contains("CAST(\"id\""), plan);
      // PostgreSQL orders text by its collation's locale, not by code point: that comparison stays in dynasql
      assertFalse(plan.contains("\"label\" > ?"), plan);
      try (ResultSet rs = s.executeQuery("SELECT label FROM pg.typed WHERE id >= 1 AND big > 0 AND label > 'a'")) {
        assertTrue(rs.next());
        assertEquals("héllo", rs.getString(1));
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void aKilledBackendIsReplacedAndTheNextStatementWorks() throws SQLException {
    // https://www.postgresql.org/docs/current/functions-admin.html : pg_terminate_backend ends a session (SQLSTATE 57P01 to it)
    try (Connection conn = dynasql("pgkill"); Statement s = conn.createStatement()) {
      assertEquals(2, count(s));
      try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement a = admin.createStatement();
          ResultSet rs = a.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE pid <> pg_backend_pid() AND application_name = 'PostgreSQL JDBC Driver' AND state = 'idle'")) {
        assertTrue(rs.next(), "the pool's idle connection was found");
      }
      assertEquals(2, count(s));
      try (ResultSet rs = s.executeQuery("SELECT round_trips FROM sys.access_log WHERE access = 'REMOTE_SQL'"
          + " ORDER BY statement_id DESC LIMIT 1")) {
        assertTrue(rs.next());
        assertTrue(rs.getLong(1) >= 1);
      }
    }
  }

  private static int count(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg.typed WHERE id > 0")) {
      assertTrue(rs.next());
      return rs.getInt(1);
    }
  }

  private static String plan(Statement s, String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }
}
