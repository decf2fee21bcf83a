package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semi-join reduction on a key of two columns: {@code ON s.region = o.region AND s.order_no =
 * o.order_no} sends both columns as row values, in the form each database reads, so only the
 * matching rows come back; the join answers as the source answers it with both tables inside it.
 * The remote table has 2,000 rows; a key of one column would fetch 4 ({@code order_no}) or 2,000
 * ({@code region}) of them, the row values fetch the 3 that match.
 */
class FederatedMultiKeyLookupJoinTest {
  private static final String REMOTE = "CREATE TABLE mk_shipments (region VARCHAR(10), order_no BIGINT, carrier VARCHAR(20),"
      + " PRIMARY KEY (region, order_no))";
  private static final String ORDERS = "INSERT INTO mk_orders (pk, seq, region, order_no) VALUES ('x', 1, 'eu', 5),"
      + " ('x', 2, 'us', 5), ('x', 3, 'eu', 7), ('x', 4, 'us', 2000), ('x', 5, NULL, 5), ('x', 6, 'eu', NULL), ('x', 7, 'eu', 5),"
      + " ('y', 1, 'us', 9)";
  private static final String SQL = "SELECT o.seq, s.carrier FROM mk_orders o JOIN %s s"
      + " ON s.region = o.region AND s.order_no = o.order_no WHERE o.pk = 'x'";

  @TempDir
  Path dir;

  @Test
  void postgresqlTakesAListOfRowValues() throws Exception {
    // https://www.postgresql.org/docs/current/functions-comparisons.html#ROW-WISE-COMPARISON : row constructor IN
    try (Connection pg = SharedPostgres.get().getPostgresDatabase().getConnection()) {
      check(pg, "'" + SharedPostgres.get().getJdbcUrl("postgres", "postgres") + "'", "src.public.mk_shipments",
          "(\"region\", \"order_no\") IN ((?, ?), (?, ?), (?, ?), (?, ?))");
    }
  }

  @Test
  void mariadbTakesAListOfRowValues() throws Exception {
    // https://mariadb.com/kb/en/in/ : IN compares row constructors too
    String url = SharedMariaDb.url("mkeys");
    try (Connection maria = DriverManager.getConnection(url)) {
      check(maria, "'" + url + "'", "src.mk_shipments", "(`region`, `order_no`) IN ((?, ?), (?, ?), (?, ?), (?, ?))");
    }
  }

  @Test
  void h2TakesAListOfRowValues() throws Exception {
    String url = "jdbc:h2:mem:mkeys_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
      check(h2, "'" + url + "', user 'sa'", "src.mk_shipments",
          "(\"REGION\", \"ORDER_NO\") IN ((?, ?), (?, ?), (?, ?), (?, ?))");
    }
  }

  @Test
  void sqliteTakesRowValuesFromAValuesList() throws Exception {
    // https://www.sqlite.org/rowvalue.html : the right-hand side of a row-value IN must be a subquery (3.15 and later)
    String url = "jdbc:sqlite:" + dir.resolve("mkeys.db");
    try (Connection lite = DriverManager.getConnection(url)) {
      check(lite, "'" + url + "'", "src.mk_shipments", "(\"region\", \"order_no\") IN (VALUES (?, ?), (?, ?), (?, ?), (?, ?))");
    }
  }

  /**
   * SQLite takes at most 999 parameters by default (https://www.sqlite.org/limits.html): keys of
   * two columns go 499 to a statement, so 600 keys take two.
   */
  @Test
  void keysOfTwoColumnsAreSplitAtTheParameterLimit() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("split.db");
    StringBuilder big = new StringBuilder("INSERT INTO mk_orders (pk, seq, region, order_no) VALUES ");
    for (int i = 1; i <= 600; i++) big.append(i > 1 ? ", " : "").append("('big', ").append(i).append(", 'us', ").append(i).append(')');
    try (Connection lite = DriverManager.getConnection(url);
        Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:mkeys_split");
        Statement s = conn.createStatement()) {
      setUp(lite, conn, "'" + url + "'");
      for (Connection c : List.of(lite, conn)) {
        try (Statement st = c.createStatement()) {
          st.execute(big.toString());
        }
      }
      String sql = String.format(SQL, "src.mk_shipments").replace("'x'", "'big'");
      String plan = String.join("\n", FederatedH2SourceTest.rows(conn, "EXPLAIN PLAN FOR " + sql));
      assertTrue(plan.contains("batch_size=[499]"), plan);
      assertEquals(sorted(FederatedH2SourceTest.rows(lite, String.format(SQL, "mk_shipments").replace("'x'", "'big'"))),
          sorted(FederatedH2SourceTest.rows(conn, sql)));
      String remote = remoteLine(s, sql);
      assertTrue(remote.contains("IN (VALUES " + "(?, ?), ".repeat(498) + "(?, ?))"), remote);
      assertTrue(remote.contains(" rows=600 ") && remote.contains(" round_trips=2 "), remote);
    }
  }

  private void check(Connection source, String options, String table, String keys) throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:mkeys_" + System.nanoTime())) {
      setUp(source, conn, options);
      String sql = String.format(SQL, table);
      String plan = String.join("\n", FederatedH2SourceTest.rows(conn, "EXPLAIN PLAN FOR " + sql));
      assertTrue(plan.contains("RemoteLookupJoin(joinType=[inner]") && plan.contains("\u2026)"), plan);
      List<String> expected = sorted(FederatedH2SourceTest.rows(source, String.format(SQL, "mk_shipments")));
      assertEquals(List.of("1|c-eu-5", "2|c-us-5", "3|c-eu-7", "7|c-eu-5"), expected);
      assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, sql)));
      try (Statement s = conn.createStatement()) {
        String remote = remoteLine(s, sql);
        // four distinct keys without a NULL, in one statement; only the three matching rows come back
        assertTrue(remote.contains(keys), remote);
        assertTrue(remote.contains(" rows=3 ") && remote.contains(" round_trips=1 "), remote);
      }
    }
  }

  /** The remote table in the source, and the orders in both the source and dynasql. */
  private static void setUp(Connection source, Connection conn, String options) throws SQLException {
    StringBuilder rows = new StringBuilder("INSERT INTO mk_shipments VALUES ");
    for (String region : List.of("eu", "us")) {
      for (int i = 1; i <= 1000; i++) {
        rows.append(rows.length() > 32 ? ", " : "").append("('").append(region).append("', ").append(i).append(", 'c-")
            .append(region).append('-').append(i).append("')");
      }
    }
    try (Statement s = source.createStatement()) {
      s.execute("DROP TABLE IF EXISTS mk_shipments");
      s.execute("DROP TABLE IF EXISTS mk_orders");
      s.execute(REMOTE);
      s.execute(rows.toString());
      s.execute("CREATE TABLE mk_orders (pk VARCHAR(10), seq BIGINT, region VARCHAR(10), order_no BIGINT)");
      s.execute(ORDERS);
    }
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE src TYPE JDBC OPTIONS (url " + options + ", pool_size '1')");
      s.execute("CREATE TABLE mk_orders (pk VARCHAR(10), seq BIGINT, region VARCHAR(10), order_no BIGINT, PRIMARY KEY (pk, seq))");
      s.execute(ORDERS);
    }
  }

  private static String remoteLine(Statement s, String sql) throws SQLException {
    try (java.sql.ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) assertTrue(rs.getObject(1) != null);
    }
    return s.unwrap(DynasqlStatement.class).accessLines().stream().map(Object::toString)
        .filter(l -> l.startsWith("access=REMOTE_SQL")).findFirst().orElseThrow();
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }
}
