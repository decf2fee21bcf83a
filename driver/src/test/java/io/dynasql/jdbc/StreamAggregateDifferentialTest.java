package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.AccessRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY the partition key aggregated as the scan streams by ({@code DynamoStreamAggregate})
 * answers exactly as Calcite's aggregate does (the same statement with pushdown off) and as H2
 * does on the same rows: NULLs, groups the filter empties, COUNT(*) against COUNT(col), MIN and
 * MAX of an INTEGER, a DECIMAL SUM and an AVG (left to Calcite), GROUP BY pk, sk and a non-key
 * column, ORDER BY and HAVING on top; its access is labelled as the same read without it; and a
 * SUM past BIGINT's range is SQLState 22003.
 */
class StreamAggregateDifferentialTest {
  private static final String DDL = "CREATE TABLE grp (pk VARCHAR, sk BIGINT, x BIGINT, i INTEGER, d DECIMAL(10, 2),"
      + " v VARCHAR, PRIMARY KEY (pk, sk))";
  private static Connection on;
  private static Connection off;
  private static Connection h2;

  @BeforeAll
  static void load() throws SQLException {
    on = DriverManager.getConnection("jdbc:dynasql:mem:stream-aggregate;scan=allow");
    off = DriverManager.getConnection("jdbc:dynasql:mem:stream-aggregate;scan=allow;pushdown=false");
    h2 = DriverManager.getConnection("jdbc:h2:mem:stream-aggregate");
    try (Statement a = on.createStatement(); Statement b = h2.createStatement()) {
      a.execute(DDL);
      b.execute(DDL);
    }
    Random r = new Random(42);
    String insert = "INSERT INTO grp (pk, sk, x, i, d, v) VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement a = on.prepareStatement(insert); PreparedStatement b = h2.prepareStatement(insert)) {
      for (int p = 0; p < 60; p++) {
        int rows = 1 + r.nextInt(7);
        boolean allNull = p % 11 == 0; // groups whose x are all NULL: SUM is NULL, COUNT(x) 0
        for (int s = 0; s < rows; s++) {
          Object[] row = {String.format("p%03d", p), (long) s, allNull || r.nextInt(6) == 0 ? null : (long) (r.nextInt(200) - 100),
              r.nextInt(5) == 0 ? null : r.nextInt(2_000_000) - 1_000_000,
              r.nextInt(5) == 0 ? null : BigDecimal.valueOf(r.nextInt(100_000) - 50_000, 2),
              r.nextInt(4) == 0 ? null : "v" + r.nextInt(3)};
          for (PreparedStatement ps : List.of(a, b)) {
            for (int c = 0; c < row.length; c++) ps.setObject(c + 1, row[c]);
            ps.executeUpdate();
          }
        }
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    on.close();
    off.close();
    h2.close();
  }

  @Test
  void groupByThePartitionKeyStreamsAndAnswersAsCalciteAndH2() throws SQLException {
    for (long threshold : new long[] {-101, 0, 50, 1_000}) { // 1,000: the filter empties every group
      sameEverywhere("SELECT pk, SUM(x) FROM grp WHERE x > ? GROUP BY pk", true, threshold);
    }
    sameEverywhere("SELECT pk, COUNT(*), COUNT(x), COUNT(i), SUM(x), MIN(i), MAX(i), SUM(i) FROM grp GROUP BY pk", true);
    sameEverywhere("SELECT MAX(x), pk, MIN(x) FROM grp WHERE i > ? GROUP BY pk", true, 0L);
    sameEverywhere("SELECT pk, sk, SUM(x), COUNT(*) FROM grp GROUP BY pk, sk", true);
    sameEverywhere("SELECT v, pk, SUM(x), COUNT(v) FROM grp GROUP BY pk, v", true);
    sameEverywhere("SELECT pk FROM grp GROUP BY pk", true);
    // DISTINCT: Calcite's aggregate over the distinct (pk, v) pairs, which stream
    sameEverywhere("SELECT pk, COUNT(DISTINCT v) FROM grp GROUP BY pk", true);
    sameEverywhere("SELECT pk, SUM(x) FROM grp GROUP BY pk HAVING SUM(x) > 20 ORDER BY pk DESC", true);
    sameEverywhere("SELECT pk, COUNT(*) FROM grp WHERE pk IN ('p001', 'p007', 'p013') GROUP BY pk ORDER BY 2, 1", true);
    sameEverywhere("SELECT pk, SUM(x) + 1 AS s FROM grp GROUP BY pk ORDER BY s DESC NULLS LAST, pk LIMIT 5", true);
  }

  @Test
  void aggregatesTheStreamDoesNotComputeStayCalcites() throws SQLException {
    sameEverywhere("SELECT v, SUM(x), COUNT(*) FROM grp GROUP BY v", false); // not the partition key
    sameEverywhere("SELECT pk, SUM(d), MIN(d) FROM grp GROUP BY pk", false); // DECIMAL, its scale kept
    sameEverywhere("SELECT COUNT(*), SUM(x) FROM grp", false);
    // AVG of an exact column is a DECIMAL(38, 16) in dynasql and another type in H2: against Calcite only
    assertEquals(rows(off, "SELECT pk, AVG(x), AVG(i) FROM grp GROUP BY pk", List.of()),
        rows(on, "SELECT pk, AVG(x), AVG(i) FROM grp GROUP BY pk", List.of()));
  }

  @Test
  void theStreamedAccessIsLabelledAsTheSameReadWithoutIt() throws SQLException {
    AccessRecord grouped = record("SELECT pk, SUM(x) FROM grp WHERE x > 10 GROUP BY pk");
    AccessRecord plain = record("SELECT pk, x FROM grp WHERE x > 10");
    assertEquals(plain, grouped);
    assertTrue(grouped.itemsRead() > grouped.itemsReturned() && grouped.itemsReturned() > 0, grouped.toString());
  }

  @Test
  void aSumPastBigintIsOutOfRange() throws SQLException {
    try (Statement st = on.createStatement()) {
      st.execute("CREATE TABLE big_sums (pk VARCHAR, sk BIGINT, x BIGINT, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO big_sums VALUES ('a', 1, 9223372036854775807), ('a', 2, 1), ('b', 1, 5)");
    }
    String sql = "SELECT pk, SUM(x) FROM big_sums GROUP BY pk";
    assertTrue(explain(sql).contains("DynamoStreamAggregate"), explain(sql));
    // 22003 as for any integer arithmetic past its type (ArithmeticOverflowTest), never a wrapped-around sum
    SQLException e = assertThrows(SQLException.class, () -> rows(on, sql, List.of()));
    assertEquals("22003", e.getSQLState(), e.getMessage());
    assertEquals(List.of("b|5"), rows(on, "SELECT pk, SUM(x) FROM big_sums WHERE pk = 'b' GROUP BY pk", List.of()));
  }

  /** docs/sql.md "GROUP BY the partition key": its example plans as the page prints it (estimates left out). */
  @Test
  void theDocsExamplePlansAsPrinted() throws Exception {
    String section = DocSql.section("sql.md", "### GROUP BY the partition key");
    String sql = DocSql.statements(DocSql.block(section, "sql")).get(0);
    String plan = explain(sql);
    for (String line : DocSql.block(section, "text").strip().split("\n")) {
      String printed = line.strip().replace("...", "");
      assertTrue(plan.contains(printed), "docs/sql.md prints\n" + printed + "\nbut the plan is\n" + plan);
    }
    sameEverywhere(sql, true);
  }

  /** Asserts the plan, then that dynasql with pushdown on, off, and H2 give the same rows. */
  private static void sameEverywhere(String sql, boolean streams, Object... params) throws SQLException {
    String plan = explain(sql.replace("?", params.length == 0 ? "?" : String.valueOf(params[0])));
    assertEquals(streams, plan.contains("DynamoStreamAggregate"), sql + "\n" + plan);
    List<String> expected = rows(h2, sql, List.of(params));
    assertEquals(expected, rows(off, sql, List.of(params)), sql + " (pushdown off against H2)");
    assertEquals(expected, rows(on, sql, List.of(params)), sql + "\n" + plan);
  }

  private static String explain(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement st = on.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) plan.append(rs.getString(1)).append('\n');
    }
    return plan.toString();
  }

  /** The rows as text, numbers compared by value; sorted unless the statement orders them. */
  private static List<String> rows(Connection c, String sql, List<Object> params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int p = 0; p < params.size(); p++) ps.setObject(p + 1, params.get(p));
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            row.append(i > 1 ? "|" : "").append(v instanceof Number num ? new BigDecimal(num.toString()).stripTrailingZeros().toPlainString() : v);
          }
          out.add(row.toString());
        }
      }
    }
    if (!sql.contains("ORDER BY")) out.sort(null);
    return out;
  }

  private static AccessRecord record(String sql) throws SQLException {
    try (Statement st = on.createStatement()) {
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) rs.getObject(1);
      }
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      assertFalse(lines.get(0).record().toString().isEmpty());
      return lines.get(0).record();
    }
  }
}
