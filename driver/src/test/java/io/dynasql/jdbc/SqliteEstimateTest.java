package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite source's row estimates: read from {@code sqlite_stat1}, which ANALYZE writes
 * (https://www.sqlite.org/fileformat2.html#stat1tab: "the first integer is the approximate number
 * of rows"); a table ANALYZE has not seen is estimated at the stated default of 1,000 rows.
 */
class SqliteEstimateTest {
  @TempDir
  Path dir;

  @Test
  void analysedTablesAreEstimatedBySqliteStat1AndOthersByTheDefault() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("stats.db");
    try (Connection lite = DriverManager.getConnection(url); Statement s = lite.createStatement()) {
      s.execute("CREATE TABLE parts (id INTEGER PRIMARY KEY, label TEXT)");
      s.execute("CREATE INDEX parts_label ON parts (label)");
      for (int i = 1; i <= 30; i++) s.execute("INSERT INTO parts VALUES (" + i + ", 'p" + i + "')");
      s.execute("ANALYZE parts");
      s.execute("CREATE TABLE later (id INTEGER PRIMARY KEY)");
    }
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:sqliteest"); Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE shop TYPE JDBC OPTIONS (url '" + url + "')");
      String parts = explain(s, "SELECT id FROM shop.parts");
      assertTrue(parts.contains("est_rows=[30]"), parts);
      String later = explain(s, "SELECT id FROM shop.later");
      assertTrue(later.contains("est_rows=[1000]"), later);
    }
  }

  private static String explain(Statement s, String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1));
    }
    return b.toString();
  }
}
