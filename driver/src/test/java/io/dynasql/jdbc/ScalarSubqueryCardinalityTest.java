package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.CardinalityViolationException;
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
 * A scalar subquery that returns several rows is SQLState 21000, as PostgreSQL's "more than one
 * row returned by a subquery used as an expression", wherever the subquery stands (SELECT list,
 * WHERE, correlated, over a federated table); the error is told by its type
 * ({@link CardinalityViolationException}), and rows whose values are NULL count as rows. No row is
 * NULL and one row its value.
 */
class ScalarSubqueryCardinalityTest {
  private static Connection h2;
  private static Connection conn;

  @BeforeAll
  static void tables() throws SQLException {
    String url = "jdbc:h2:mem:cardinality_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE tags (id INT PRIMARY KEY, k VARCHAR(10), tag VARCHAR(10))");
      s.execute("INSERT INTO tags VALUES (1, 'a', 'red'), (2, 'b', 'blue'), (3, 'b', 'green')");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:cardinality;scan=allow");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE u_rows (k VARCHAR PRIMARY KEY, a BIGINT)");
      s.execute("CREATE TABLE t_rows (k VARCHAR, n BIGINT, b BIGINT, PRIMARY KEY (k, n))");
      s.execute("INSERT INTO u_rows VALUES ('a', 1), ('b', 2), ('c', 3)");
      s.execute("INSERT INTO t_rows VALUES ('a', 1, 1), ('b', 1, 2), ('b', 2, 20), ('n', 1, NULL), ('n', 2, NULL)");
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + url + "', user 'sa', pool_size '2')");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
    h2.close();
  }

  @Test
  void severalRowsInTheSelectListAreACardinalityViolation() {
    violation("SELECT (SELECT b FROM t_rows t) FROM u_rows u");
    violation("SELECT k, (SELECT b FROM t_rows t WHERE k = 'b') FROM u_rows u");
  }

  @Test
  void severalRowsInWhereAreACardinalityViolation() {
    violation("SELECT k FROM u_rows u WHERE a = (SELECT b FROM t_rows t WHERE k = 'b')");
    violation("SELECT k FROM u_rows u WHERE a > (SELECT b FROM t_rows t)");
  }

  @Test
  void aCorrelatedSubqueryWithSeveralRowsForAKeyIsACardinalityViolation() throws SQLException {
    violation("SELECT u.k, (SELECT t.b FROM t_rows t WHERE t.k = u.k) FROM u_rows u");
    // one row for 'a' and 'b', none for 'c' (NULL)
    assertEquals(List.of("a|1", "b|2", "c|null"),
        rows("SELECT u.k, (SELECT t.b FROM t_rows t WHERE t.k = u.k AND t.n = 1) FROM u_rows u ORDER BY u.k"));
    // Unlike PostgreSQL, Calcite counts the rows of every key of the subquery's table, not only of
    // the keys the outer rows ask for (its decorrelated plan groups the whole table by k): 'n' has
    // two rows, so this fails though PostgreSQL answers a|1, c|null.
    violation("SELECT u.k, (SELECT t.b FROM t_rows t WHERE t.k = u.k) FROM u_rows u WHERE u.k <> 'b'");
  }

  @Test
  void rowsOfNullValuesAreRowsToo() {
    // PostgreSQL counts rows, not values: two NULLs are two rows
    violation("SELECT (SELECT b FROM t_rows t WHERE k = 'n') FROM u_rows u");
  }

  @Test
  void noRowIsNullAndOneRowIsItsValue() throws SQLException {
    assertEquals(List.of("a|null", "b|null", "c|null"), rows("SELECT k, (SELECT b FROM t_rows t WHERE k = 'zzz') FROM u_rows u ORDER BY k"));
    assertEquals(List.of("a|1", "b|1", "c|1"), rows("SELECT k, (SELECT b FROM t_rows t WHERE k = 'a') FROM u_rows u ORDER BY k"));
    assertEquals(List.of("a"), rows("SELECT k FROM u_rows u WHERE a = (SELECT b FROM t_rows t WHERE k = 'a')"));
    assertEquals(List.of(), rows("SELECT k FROM u_rows u WHERE a = (SELECT b FROM t_rows t WHERE k = 'zzz')"));
  }

  @Test
  void aSubqueryOverAFederatedTable() throws SQLException {
    violation("SELECT u.k, (SELECT g.tag FROM crm.tags g WHERE g.k = 'b') FROM u_rows u");
    violation("SELECT u.k, (SELECT g.tag FROM crm.tags g WHERE g.k = u.k) FROM u_rows u");
    assertEquals(List.of("a|red", "b|blue", "c|null"),
        rows("SELECT u.k, (SELECT g.tag FROM crm.tags g WHERE g.k = u.k AND g.id < 3) FROM u_rows u ORDER BY u.k"));
  }

  @Test
  void theConnectionAnswersAfterTheError() throws SQLException {
    violation("SELECT (SELECT b FROM t_rows t) FROM u_rows u");
    assertEquals(List.of("3"), rows("SELECT COUNT(*) FROM u_rows u"));
  }

  private static void violation(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> rows(sql), sql);
    assertEquals("21000", e.getSQLState(), sql + ": " + e.getMessage());
    assertInstanceOf(CardinalityViolationException.class, e.getCause(), sql);
    assertTrue(e.getMessage().contains("more than one row"), e.getMessage());
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= n; c++) row.append(c > 1 ? "|" : "").append(rs.getObject(c));
        out.add(row.toString());
      }
    }
    return out;
  }
}
