package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A SUM past BIGINT's range is SQLState 22003, never a wrapped-around number, whoever computes
 * it: the streamed aggregate (pushdown on), Calcite's aggregate (pushdown off, or a GROUP BY the
 * stream does not take), AVG (a SUM divided by a COUNT) and a window SUM. A SUM that fits keeps
 * its value and its type (BIGINT), and the connection answers after the error.
 */
class SumOverflowTest {
  private static final String TOP = "9223372036854775807";
  /** 9 × 10^37: 38 digits, the most a DECIMAL (and a DynamoDB number) holds. */
  private static final String NINE_E37 = "9" + "0".repeat(37);
  private static Connection on;
  private static Connection off;

  @BeforeAll
  static void tables() throws SQLException {
    on = DriverManager.getConnection("jdbc:dynasql:mem:sum-overflow;scan=allow");
    off = DriverManager.getConnection("jdbc:dynasql:mem:sum-overflow;scan=allow;pushdown=false");
    try (Statement s = on.createStatement()) {
      s.execute("CREATE TABLE sums (pk VARCHAR, sk BIGINT, x BIGINT, i INTEGER, v VARCHAR, PRIMARY KEY (pk, sk))");
      s.execute("INSERT INTO sums VALUES ('a', 1, " + TOP + ", 2147483647, 'v'), ('a', 2, 1, 2147483647, 'v'),"
          + " ('b', 1, 5, 1, 'w'), ('b', 2, -2, NULL, 'w'), ('c', 1, -" + TOP + ", -2147483648, 'w'),"
          + " ('c', 2, -2, -2147483648, 'w')");
      // group p: its running total passes the top at sk 2 and comes back; the sum is 5. Group q ends past it.
      s.execute("CREATE TABLE wraps (pk VARCHAR, sk BIGINT, x BIGINT, v VARCHAR, PRIMARY KEY (pk, sk))");
      s.execute("INSERT INTO wraps VALUES ('p', 1, " + TOP + ", 'v'), ('p', 2, " + TOP + ", 'v'), ('p', 3, -" + TOP + ", 'v'),"
          + " ('p', 4, -" + TOP + ", 'v'), ('p', 5, 5, 'v'), ('q', 1, -" + TOP + ", 'w'), ('q', 2, -2, 'w')");
      // DECIMAL(38, 0) holds 9E37 once, not twice; b's sum is 5
      s.execute("CREATE TABLE decs (pk VARCHAR, sk BIGINT, d DECIMAL(38, 0), m DECIMAL(10, 2), PRIMARY KEY (pk, sk))");
      s.execute("INSERT INTO decs VALUES ('a', 1, " + NINE_E37 + ", 99999999.99), ('a', 2, " + NINE_E37 + ", 99999999.99),"
          + " ('b', 1, " + NINE_E37 + ", 1.00), ('b', 2, -" + NINE_E37 + ", 2.50), ('b', 3, 5, NULL)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    on.close();
    off.close();
  }

  @Test
  void aSumPastBigintIsOutOfRangeWithPushdownOnAndOff() throws SQLException {
    for (Connection c : List.of(on, off)) {
      overflow(c, "SELECT SUM(x) FROM sums WHERE pk = 'a'");
      overflow(c, "SELECT SUM(x) FROM sums WHERE pk = 'c'"); // below the bottom
      overflow(c, "SELECT pk, SUM(x) FROM sums GROUP BY pk"); // group a overflows, b does not
      overflow(c, "SELECT v, SUM(x) FROM sums GROUP BY v"); // not the partition key: Calcite's aggregate either way
      overflow(c, "SELECT pk, AVG(x) FROM sums GROUP BY pk"); // a SUM over a COUNT
      overflow(c, "SELECT pk, SUM(x) OVER (PARTITION BY pk) FROM sums");
      overflow(c, "SELECT pk, AVG(x) OVER (PARTITION BY pk ORDER BY sk) FROM sums");
      // the next statement on the same connection answers
      assertEquals(List.of("b|3"), rows(c, "SELECT pk, SUM(x) FROM sums WHERE pk = 'b' GROUP BY pk"));
    }
  }

  @Test
  void sumsThatFitKeepTheirValueAndType() throws SQLException {
    for (Connection c : List.of(on, off)) {
      assertEquals(List.of("b|3|1|2"), rows(c, "SELECT pk, SUM(x), SUM(i), COUNT(*) FROM sums WHERE pk = 'b' GROUP BY pk"));
      // SUM of INTEGER is BIGINT: two INTEGER tops fit
      assertEquals(List.of("a|4294967294", "b|1", "c|-4294967296"), rows(c, "SELECT pk, SUM(i) FROM sums GROUP BY pk ORDER BY pk"));
      assertEquals(List.of("null"), rows(c, "SELECT SUM(x) FROM sums WHERE pk = 'zzz'"));
      assertEquals(List.of("1.5000000000000000"), rows(c, "SELECT AVG(x) FROM sums WHERE pk = 'b'"));
      assertEquals(List.of("b|1|3", "b|2|3"), rows(c, "SELECT pk, sk, SUM(x) OVER (PARTITION BY pk) FROM sums WHERE pk = 'b' ORDER BY sk"));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(x), SUM(i) FROM sums WHERE pk = 'b'")) {
        assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
        assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(2));
      }
    }
  }

  /**
   * A SUM whose running total passes BIGINT's range on the way but ends inside it is that exact
   * sum, as in PostgreSQL (https://www.postgresql.org/docs/current/functions-aggregate.html: sum of a
   * bigint is an exact numeric) and H2: the answer does not depend on the order the rows are read
   * in. A running (ordered) window SUM whose value at a row is past the range is still 22003.
   */
  @Test
  void aSumThatPassesTheRangeOnTheWayButEndsInsideIsExact() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:wraps");
        Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE wraps (pk VARCHAR, sk BIGINT, x BIGINT, v VARCHAR, PRIMARY KEY (pk, sk))");
      s.execute("INSERT INTO wraps VALUES ('p', 1, " + TOP + ", 'v'), ('p', 2, " + TOP + ", 'v'), ('p', 3, -" + TOP + ", 'v'),"
          + " ('p', 4, -" + TOP + ", 'v'), ('p', 5, 5, 'v')");
      assertEquals(List.of("5"), rows(h2, "SELECT SUM(x) FROM wraps WHERE pk = 'p'"));
    }
    for (Connection c : List.of(on, off)) {
      assertEquals(List.of("5"), rows(c, "SELECT SUM(x) FROM wraps WHERE pk = 'p'"));
      assertEquals(List.of("p|5"), rows(c, "SELECT pk, SUM(x) FROM wraps WHERE pk = 'p' GROUP BY pk")); // streamed when pushdown is on
      assertEquals(List.of("v|5"), rows(c, "SELECT v, SUM(x) FROM wraps WHERE pk = 'p' GROUP BY v")); // Calcite's aggregate
      assertEquals(List.of("p|1.0000000000000000"), rows(c, "SELECT pk, AVG(x) FROM wraps WHERE pk = 'p' GROUP BY pk"));
      assertEquals(List.of("5", "5", "5", "5", "5"), rows(c, "SELECT SUM(x) OVER (PARTITION BY pk) FROM wraps WHERE pk = 'p'"));
      overflow(c, "SELECT pk, SUM(x) FROM wraps GROUP BY pk"); // q ends below the bottom
      overflow(c, "SELECT SUM(x) OVER (PARTITION BY pk ORDER BY sk) FROM wraps WHERE pk = 'p'"); // 2 x top at sk 2
    }
  }

  /**
   * A SUM of a DECIMAL(p, s) column is a DECIMAL(38, s) (38 digits, a DynamoDB number's most): a sum
   * with more integer digits than that is 22003, as the SQL standard has a result its type cannot
   * hold, rather than a 39-digit value under a 38-digit type. Sums that fit are exact.
   */
  @Test
  void aDecimalSumPastThirtyEightDigitsIsOutOfRange() throws SQLException {
    for (Connection c : List.of(on, off)) {
      overflow(c, "SELECT SUM(d) FROM decs WHERE pk = 'a'");
      overflow(c, "SELECT pk, SUM(d) FROM decs GROUP BY pk");
      overflow(c, "SELECT pk, AVG(d) FROM decs WHERE pk = 'a' GROUP BY pk");
      overflow(c, "SELECT SUM(d) OVER (PARTITION BY pk) FROM decs WHERE pk = 'a'");
      assertEquals(List.of("5"), rows(c, "SELECT SUM(d) FROM decs WHERE pk = 'b'"));
      assertEquals(List.of("a|199999999.98", "b|3.50"), rows(c, "SELECT pk, SUM(m) FROM decs GROUP BY pk ORDER BY pk"));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(m), SUM(d) FROM decs WHERE pk = 'b'")) {
        assertEquals(38, rs.getMetaData().getPrecision(1));
        assertEquals(2, rs.getMetaData().getScale(1));
        assertEquals(38, rs.getMetaData().getPrecision(2));
      }
    }
  }

  @Test
  void explainShowsCalcitesSumAsPlanned() throws SQLException {
    // the checked SUM is put in after planning: the plan as printed, and every rule, see Calcite's SUM
    String plan = String.join("\n", rows(off, "EXPLAIN PLAN FOR SELECT v, SUM(x) FROM sums GROUP BY v"));
    assertTrue(plan.startsWith("EnumerableAggregate(group=[{4}], EXPR$1=[SUM($2)])"), plan);
  }

  private static void overflow(Connection c, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> rows(c, sql), sql);
    assertEquals("22003", e.getSQLState(), sql + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int col = 1; col <= n; col++) row.append(col > 1 ? "|" : "").append(rs.getObject(col));
        out.add(row.toString());
      }
    }
    return out;
  }
}
