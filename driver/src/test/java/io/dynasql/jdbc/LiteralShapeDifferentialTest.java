package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.Parses;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Literal statements answered with the shape cache and without it ({@link ShapeCache} turned off
 * on the second connection), on two databases holding the same rows: the same rows and column
 * types, the same access labels and warnings, the same SQLStates and messages, and the same
 * {@code sys.access_log} (its SQL text included). The statements are drawn from a seeded random
 * source, printed on a difference.
 */
class LiteralShapeDifferentialTest {
  private static final String[] KEYS = {"a", "b", "c", "it's", "zz", ""};
  private static final String[] NUMBERS = {"1", "2", "3", "0", "7", "1.0", "2.5", "1e0", "'2'", "99999999999999999999", "2147483648"};

  /** Statement templates: each makes a statement from a random source. */
  private static final List<Function<Random, String>> SHAPES = List.of(
      r -> "SELECT total FROM Orders WHERE pk = " + key(r) + " AND sk = " + r.nextInt(5),
      r -> "select STATUS, total from orders where PK = " + key(r) + " and SK = " + number(r),
      r -> "SELECT * FROM Orders o WHERE o.pk = " + key(r) + " AND o.sk = " + r.nextInt(4),
      r -> "SELECT status, total FROM Orders WHERE pk = " + key(r) + " AND total > " + number(r) + " ORDER BY sk",
      r -> "SELECT COUNT(*) FROM Orders WHERE sk IN (" + r.nextInt(4) + ", " + r.nextInt(4) + (r.nextBoolean() ? ", 3)" : ")"),
      r -> "SELECT sk FROM Orders WHERE pk = " + key(r) + " AND sk BETWEEN " + r.nextInt(3) + " AND " + r.nextInt(5),
      r -> "SELECT sk FROM Orders WHERE pk = " + key(r) + " ORDER BY sk LIMIT " + (1 + r.nextInt(2)),
      r -> "SELECT 'x' || status, total * " + r.nextInt(3) + " FROM Orders WHERE pk = " + key(r) + " AND sk = " + r.nextInt(3),
      r -> "SELECT name FROM Nums WHERE id = " + number(r),
      r -> "SELECT name FROM Nums WHERE id = " + number(r) + " -- by key\n",
      r -> "SELECT name FROM Nums /* all */ WHERE name = " + key(r),
      r -> "SELECT nope FROM Orders WHERE pk = " + key(r) + " AND sk = " + r.nextInt(3),
      r -> "SELECT status FROM Orders WHERE pk = " + number(r) + " AND sk = 1",
      r -> "SELECT /*+ NO_INDEX(Orders) */ status FROM Orders WHERE pk = " + key(r) + " AND sk = " + r.nextInt(3),
      r -> "SELECT status FROM Orders WHERE pk = " + key(r) + " AND sk = -" + r.nextInt(3),
      r -> "SELECT status FROM Orders WHERE status LIKE " + key(r) + " AND sk = " + r.nextInt(3));

  private static String key(Random r) {
    return "'" + KEYS[r.nextInt(KEYS.length)].replace("'", "''") + "'";
  }

  private static String number(Random r) {
    return NUMBERS[r.nextInt(NUMBERS.length)];
  }

  private static Connection open(String name, boolean shapes) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:dynasql:mem:" + name);
    c.unwrap(JdbcConnection.class).shapes().enabled(shapes);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE Orders (pk VARCHAR, sk BIGINT, total DECIMAL(10, 2), status VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO Orders (pk, sk, total, status) VALUES ('a', 1, 10.5, 'NEW'), ('a', 2, 20, 'OLD'),"
          + " ('b', 1, 7, 'NEW'), ('it''s', 3, 1, 'QUOTED'), ('c', 0, 0, 'ZERO')");
      st.execute("CREATE TABLE Nums (id INTEGER, name VARCHAR, PRIMARY KEY (id))");
      st.execute("INSERT INTO Nums (id, name) VALUES (1, 'one'), (2, 'two'), (7, 'seven')");
    }
    return c;
  }

  /** What a user sees of one statement: rows and their types, or the error; the labels; the warnings. */
  private static String outcome(Connection c, String sql) {
    StringBuilder out = new StringBuilder();
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery(sql)) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) out.append(md.getColumnLabel(i)).append(':').append(md.getColumnTypeName(i)).append(' ');
        while (rs.next()) {
          out.append('\n');
          for (int i = 1; i <= md.getColumnCount(); i++) out.append(rs.getString(i)).append('|');
        }
      }
      out.append("\nlabels ").append(st.unwrap(DynasqlStatement.class).accessLines());
      for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) out.append("\nwarning ").append(w.getSQLState()).append(' ').append(w.getMessage());
    } catch (SQLException e) {
      out.append("error ").append(e.getSQLState()).append(' ').append(e.getMessage());
    }
    return out.toString();
  }

  private static List<String> accessLog(Connection c) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"sql\", \"table_name\", \"access\", \"items_read\","
        + " \"items_returned\", \"read_units\", \"far_from_data\" FROM \"sys\".\"access_log\" ORDER BY \"statement_id\"")) {
      while (rs.next()) rows.add(rs.getString(1) + " | " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
          + rs.getLong(5) + " " + rs.getDouble(6) + " " + rs.getBoolean(7));
    }
    return rows;
  }

  @Test
  void withAndWithoutTheShapeCacheEveryStatementAnswersTheSame() throws SQLException {
    long seed = 20261203L;
    Random r = new Random(seed);
    long fastParses = 0;
    long slowParses = 0;
    try (Connection fast = open("shapes-on", true); Connection slow = open("shapes-off", false)) {
      for (int i = 0; i < 400; i++) {
        String sql = SHAPES.get(r.nextInt(SHAPES.size())).apply(r);
        long before = Parses.count();
        String expected = outcome(slow, sql);
        slowParses += Parses.count() - before;
        before = Parses.count();
        String actual = outcome(fast, sql);
        fastParses += Parses.count() - before;
        assertEquals(expected, actual, "seed " + seed + ", statement " + i + ": " + sql);
      }
      assertEquals(accessLog(slow), accessLog(fast), "seed " + seed);
    }
    // the shapes were answered from the cache (else this test compares the normal path with itself)
    assertTrue(fastParses * 2 < slowParses, "parses with the cache " + fastParses + ", without " + slowParses);
  }
}
