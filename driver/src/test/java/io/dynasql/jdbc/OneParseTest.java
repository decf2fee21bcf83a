package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.Parses;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement is parsed once: the tree name resolution parses is what is validated, planned and
 * run, and the query a write reads its rows with is built from that tree, not written out and
 * parsed again. Each statement here has a shape no earlier statement had, so nothing comes from a
 * cache; {@link Parses} counts the parsers dynasql's parser configuration makes.
 */
class OneParseTest {
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:oneparse");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE Orders (pk VARCHAR, sk BIGINT, total DECIMAL(10, 2), status VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO Orders (pk, sk, total, status) VALUES ('a', 1, 10.5, 'NEW'), ('a', 2, 20, 'OLD'), ('b', 1, 7, 'NEW')");
    }
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  /** The number of parses {@code query} takes, run on a fresh statement, and its rows as text. */
  private static long parses(String query, StringBuilder rows) throws SQLException {
    long before = Parses.count();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(query)) {
      while (rs.next()) rows.append(rs.getString(1)).append(';');
    }
    return Parses.count() - before;
  }

  @Test
  void aQueryWithLiteralsIsParsedOnce() throws SQLException {
    StringBuilder rows = new StringBuilder();
    // lower-case names resolved to the stored ones, a literal lifted into a parameter
    assertEquals(1, parses("select STATUS from orders where TOTAL > 8 order by sk", rows));
    assertEquals("NEW;OLD;", rows.toString());
  }

  @Test
  void aQueryWithoutLiteralsIsParsedOnce() throws SQLException {
    StringBuilder rows = new StringBuilder();
    assertEquals(1, parses("SELECT COUNT(*) FROM Orders", rows));
    assertEquals("3;", rows.toString());
  }

  @Test
  void explainIsParsedOnceAndShowsTheAccess() throws SQLException {
    StringBuilder rows = new StringBuilder();
    assertEquals(1, parses("EXPLAIN PLAN FOR SELECT total FROM Orders WHERE pk = 'b' AND status = 'NEW'", rows));
    assertTrue(rows.toString().contains("access=QUERY"), rows.toString());
  }

  @Test
  void explainAnalyzeParsesItsQueryOnce() throws SQLException {
    StringBuilder rows = new StringBuilder();
    assertEquals(1, parses("EXPLAIN ANALYZE SELECT sk FROM Orders WHERE pk = 'a' AND total < 100", rows));
    assertTrue(rows.toString().contains("items_read=[2]"), rows.toString());
  }

  @Test
  void aReservedWordAsAnAliasCostsOneParse() throws SQLException {
    // what SchemaCrawler sends for every table: COUNT is reserved in Calcite's parser, quoted before the parse
    StringBuilder rows = new StringBuilder();
    long before = Parses.count();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) AS COUNT FROM Orders")) {
      assertEquals("COUNT", rs.getMetaData().getColumnLabel(1));
      while (rs.next()) rows.append(rs.getString(1)).append(';');
    }
    assertEquals(1, Parses.count() - before);
    assertEquals("3;", rows.toString());
    assertEquals(1, parses("SELECT status AS value, MAX(total) AS max FROM Orders GROUP BY status ORDER BY 1", rows));
  }

  @Test
  void aStatementThatDoesNotParseCostsOneParse() throws SQLException {
    for (String bad : new String[] {"SELECT total AS date FROM Orders WHERE", "UPDATE Orders SET WHERE pk = 'a'",
        "EXPLAIN ANALYZE SELECT FROM Orders"}) {
      long before = Parses.count();
      try (Statement st = conn.createStatement()) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(bad), bad);
        assertEquals("42601", e.getSQLState(), bad);
      }
      assertEquals(1, Parses.count() - before, bad);
    }
  }

  @Test
  void aPreparedQueryIsParsedOnceAndDescribesItsParameters() throws SQLException {
    long before = Parses.count();
    try (PreparedStatement ps = conn.prepareStatement("SELECT sk, total FROM Orders WHERE pk = ? AND total >= ?")) {
      assertEquals(1, Parses.count() - before);
      assertEquals(2, ps.getParameterMetaData().getParameterCount());
      assertEquals("DECIMAL", ps.getParameterMetaData().getParameterTypeName(2));
      assertEquals("Orders", ps.getMetaData().getTableName(2));
      ps.setString(1, "a");
      ps.setBigDecimal(2, new java.math.BigDecimal("15"));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(2, rs.getLong(1));
        assertFalse(rs.next());
      }
    }
    assertEquals(1, Parses.count() - before);
  }

  /**
   * A table of its own for a write test, so the queries above keep their rows: pk, sk, total and
   * status as Orders has them, with the three rows Orders starts with.
   */
  private static void table(String name) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE " + name + " (pk VARCHAR, sk BIGINT, total DECIMAL(10, 2), status VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO " + name + " (pk, sk, total, status) VALUES ('a', 1, 10.5, 'NEW'), ('a', 2, 20, 'OLD'), ('b', 1, 7, 'NEW')");
    }
  }

  /** The number of parses {@code write} takes on a fresh connection (nothing planned yet), and its update count. */
  private static long writeParses(String write, int[] count) throws SQLException {
    try (Connection fresh = DriverManager.getConnection("jdbc:dynasql:mem:oneparse"); Statement st = fresh.createStatement()) {
      long before = Parses.count();
      count[0] = st.executeUpdate(write);
      return Parses.count() - before;
    }
  }

  @Test
  void anUpdateThatReadsItsRowsIsParsedOnce() throws SQLException {
    table("Raised");
    int[] count = {0};
    // the WHERE is no key: the rows are found by a query built from the statement's tree
    assertEquals(1, writeParses("UPDATE Raised SET total = total + 1 WHERE status = 'OLD' AND total > 19", count));
    assertEquals(1, count[0]);
    StringBuilder rows = new StringBuilder();
    parses("SELECT total FROM Raised ORDER BY pk, sk", rows);
    assertEquals("10.5;21;7;", rows.toString());
  }

  @Test
  void aDeleteThatReadsItsRowsIsParsedOnce() throws SQLException {
    table("Pruned");
    int[] count = {0};
    assertEquals(1, writeParses("DELETE FROM Pruned WHERE status = 'NEW'", count));
    assertEquals(2, count[0]);
    StringBuilder rows = new StringBuilder();
    parses("SELECT status FROM Pruned", rows);
    assertEquals("OLD;", rows.toString());
  }

  @Test
  void anInsertOfAQueryIsParsedOnce() throws SQLException {
    table("Copied");
    int[] count = {0};
    assertEquals(1, writeParses("INSERT INTO Copied (pk, sk, total, status) SELECT 'c', sk, total * 2, status FROM Copied WHERE pk = 'b'", count));
    assertEquals(1, count[0]);
    StringBuilder rows = new StringBuilder();
    parses("SELECT total FROM Copied WHERE pk = 'c'", rows);
    assertEquals("14;", rows.toString());
  }

  @Test
  void explainOfAnUpdateIsParsedOnce() throws SQLException {
    table("Explained");
    try (Connection fresh = DriverManager.getConnection("jdbc:dynasql:mem:oneparse"); Statement st = fresh.createStatement()) {
      long before = Parses.count();
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR UPDATE Explained SET status = 'SEEN' WHERE total < 8")) {
        while (rs.next()) plan.append(rs.getString(1)).append('\n');
      }
      assertEquals(1, Parses.count() - before);
      assertTrue(plan.toString().contains("access=SCAN"), plan.toString());
    }
  }
}
