package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 * Unquoted column names of a source's tables match ignoring case, as dynasql's own columns do,
 * in every clause and through every form of table name; quoted ones are exact; one matching two
 * remote columns is 42702. PostgreSQL keeps unquoted names lower case ({@code trackid}) and
 * quoted ones as written ({@code "TrackId"}):
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS
 */
class SourceColumnCaseTest {
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    EmbeddedPostgres pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE column_case");
    }
    try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "column_case")); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE track (trackid integer PRIMARY KEY, name varchar(20), albumid integer)");
      s.execute("INSERT INTO track VALUES (1, 'one', 10), (2, 'two', 10), (3, 'three', 20)");
      s.execute("CREATE TABLE \"Album\" (\"AlbumId\" integer PRIMARY KEY, \"Title\" varchar(20))");
      s.execute("INSERT INTO \"Album\" VALUES (10, 'ten'), (20, 'twenty')");
      s.execute("CREATE TABLE twice (v integer, \"V\" integer)");
      s.execute("INSERT INTO twice VALUES (1, 2)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:column_case;scan=allow");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "column_case") + "', pool_size '2')");
      s.execute("CREATE TABLE Genre (GenreId INTEGER, Name VARCHAR(20), PRIMARY KEY (GenreId))");
      s.execute("INSERT INTO Genre (GenreId, Name) VALUES (10, 'rock')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
  }

  @Test
  void lowerCaseRemoteColumnsAnswerToAnyCase() throws SQLException {
    assertEquals(List.of("one|10"), rows("SELECT Name, AlbumId FROM pg.public.Track WHERE TrackId = 1"));
    assertEquals(List.of("two"), rows("SELECT t.NAME FROM pg.PUBLIC.TRACK t WHERE t.TRACKID = 2"));
    assertEquals(List.of("three"), rows("SELECT Track.Name FROM pg.public.Track WHERE Track.TrackId = 3"));
    assertEquals(List.of("10|2", "20|1"), rows("SELECT AlbumId, COUNT(*) FROM pg.public.track GROUP BY AlbumId"
        + " HAVING COUNT(TrackId) > 0 ORDER BY AlbumId"));
    assertEquals(List.of("two"), rows("SELECT Name FROM pg.track WHERE TrackId IN (SELECT MAX(TRACKID) FROM pg.track WHERE AlbumId = 10)"));
    assertEquals(List.of("one"), rows("SELECT x.name FROM (SELECT TrackId AS id, Name FROM pg.public.track) x WHERE x.id = 1"));
  }

  @Test
  void quotedRemoteTableWithMixedCaseColumns() throws SQLException {
    assertEquals(List.of("ten"), rows("SELECT title FROM pg.public.\"Album\" WHERE albumid = 10"));
    assertEquals(List.of("twenty"), rows("SELECT a.TITLE FROM pg.public.album a WHERE a.ALBUMID = 20"));
    assertEquals(List.of("one|ten", "two|ten", "three|twenty"), rows("SELECT t.name, a.title FROM pg.public.track t"
        + " JOIN pg.public.album a ON a.albumid = t.AlbumId ORDER BY t.TrackId"));
  }

  @Test
  void sourceColumnsMeetDynasqlColumnsInOneStatement() throws SQLException {
    assertEquals(List.of("one|rock", "two|rock"), rows("SELECT t.NAME, g.name FROM pg.public.track t JOIN Genre g"
        + " ON g.genreid = t.ALBUMID ORDER BY t.trackid"));
    try (PreparedStatement ps = conn.prepareStatement("SELECT Name FROM pg.public.Track WHERE TrackId = ?")) {
      ps.setInt(1, 3);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("three", rs.getString(1));
      }
    }
  }

  @Test
  void explainWithAndInsertSelectResolveSourceColumnsToo() throws SQLException {
    String plan = String.join("\n", rows("EXPLAIN PLAN FOR SELECT TrackId FROM pg.public.track WHERE TRACKID = 1"));
    assertTrue(plan.contains("sql=[SELECT \"trackid\" FROM \"public\".\"track\" WHERE \"trackid\" = ?]"), plan);
    assertEquals(List.of("2"), rows("WITH x AS (SELECT TrackId, Name FROM pg.public.track) SELECT x.trackid FROM x WHERE x.name = 'two'"));
    try (Statement s = conn.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO Genre (GenreId, Name) SELECT TrackId + 100, NAME FROM pg.public.track WHERE TRACKID = 3"));
    }
    assertEquals(List.of("three"), rows("SELECT name FROM Genre WHERE genreid = 103"));
  }

  @Test
  void quotedColumnsAreExactAndTwoMatchesAreAmbiguous() throws SQLException {
    assertEquals(List.of("one"), rows("SELECT \"name\" FROM pg.public.track WHERE \"trackid\" = 1"));
    SQLException e = assertThrows(SQLException.class, () -> rows("SELECT \"Name\" FROM pg.public.track"));
    assertEquals("42S22", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("Name"), e.getMessage());
    assertEquals(List.of("1|2"), rows("SELECT \"v\", \"V\" FROM pg.public.twice"));
    e = assertThrows(SQLException.class, () -> rows("SELECT v FROM pg.public.twice"));
    assertEquals("42702", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("\"v\"") && e.getMessage().contains("\"V\""), e.getMessage());
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(b.toString());
      }
    }
    return out;
  }
}
