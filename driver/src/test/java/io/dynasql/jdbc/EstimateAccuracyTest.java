package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN ANALYZE's estimates held against what the same run read. Two tables of 4,000 items of
 * about 500 bytes, more than the 1,000 entries the planner samples for partition keys, each with
 * a global index {@code byGrp (grp, sk)}: {@code uniform} has 200 keys of 20 items (grp: 40 groups
 * of 100); {@code skewed} one hot key holding half the items (2,000, grp {@code ghot}) and 200 cold
 * keys of 10 (grp: 20 groups of 100). Read units follow DynamoDB's rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html).
 *
 * <p>The factors held, as docs/sql.md states them: GET, BATCH_GET and SCAN exact in items, and
 * within 1% in read units ({@link #EXACT}); every QUERY on a whole partition key within {@link #FACTOR}
 * (2x) in items and read units, on uniform data and on skewed data for cold keys, for a parameter
 * or literal the sketch does not know, and for a hot key the sketch knows (met by the sample, or
 * read whole by an earlier run). A QUERY with a sort-key range is estimated as a third of the key,
 * which holds within 2x for the ranges below on ordinary keys but not on a hot key, and a hot key
 * the sketch does not know yet is estimated as an ordinary one (both pinned down below).
 */
class EstimateAccuracyTest {
  private static final double FACTOR = 2;
  /** Exact in items; in read units a run rounds up once per 1 MB page and the estimate once, so within 1%. */
  private static final double EXACT = 1.01;
  private static Connection c;

  @BeforeAll
  static void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:estimate-accuracy;scan=allow");
    try (Statement st = c.createStatement()) {
      for (String t : new String[] {"uniform", "skewed", "late"}) {
        st.execute("CREATE TABLE " + t + " (pk VARCHAR, sk BIGINT, grp VARCHAR, pad VARCHAR, PRIMARY KEY (pk, sk))");
        st.execute("CREATE INDEX byGrp ON " + t + " (grp, sk)");
      }
    }
    fill("uniform", 200, 20, 40, 0);
    fill("skewed", 200, 10, 20, 2000);
    fill("late", 200, 10, 20, 0);
  }

  private static void fill(String table, int keys, int perKey, int groups, int hot) throws SQLException {
    for (int k = 0; k < keys; k++) add(table, String.format("k%03d", k), "g" + (k % groups), perKey);
    add(table, "hot", "ghot", hot);
  }

  private static void add(String table, String pk, String grp, int items) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < items; i++) {
        ps.setString(1, pk);
        ps.setLong(2, i);
        ps.setString(3, grp);
        ps.setString(4, "x".repeat(470));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  /** One access's estimate and actuals, as EXPLAIN ANALYZE prints them side by side. */
  record Check(String sql, double estItems, double estUnits, double items, double units) {
    double itemsRatio() { return estItems / Math.max(1, items); }
    double unitsRatio() { return estUnits / Math.max(0.5, units); }
    boolean within(double factor) { return inside(itemsRatio(), factor) && inside(unitsRatio(), factor); }
    private static boolean inside(double ratio, double factor) { return ratio >= 1 / factor && ratio <= factor; }
    @Override public String toString() {
      return String.format(Locale.ROOT, "%s: est %.0f items %.1f units, read %.0f items %.1f units (ratios %.2f, %.2f)",
          sql, estItems, estUnits, items, units, itemsRatio(), unitsRatio());
    }
  }

  private static final Pattern LINE = Pattern.compile(
      "est_items=\\[(\\d+)], est_read_units=\\[([0-9.]+)], est_usd=\\[[^]]*], items_read=\\[(\\d+)], items_returned=\\[\\d+], read_units=\\[([0-9.]+)]");

  static Check check(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN ANALYZE " + sql)) {
      while (rs.next()) plan.append(rs.getString(1));
    }
    Matcher m = LINE.matcher(plan);
    if (!m.find()) throw new AssertionError("no estimate beside actuals in " + plan);
    Check ch = new Check(sql, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
    System.out.println("estimate/actual " + ch);
    return ch;
  }

  private static void holds(double factor, String... sqls) throws SQLException {
    for (String sql : sqls) {
      Check ch = check(sql);
      assertTrue(ch.within(factor), ch.toString());
    }
  }

  @Test
  void getBatchGetAndScanAreExact() throws SQLException {
    for (String t : new String[] {"uniform", "skewed"}) {
      holds(EXACT,
          "SELECT pad FROM " + t + " WHERE pk = 'k009' AND sk = 3",
          "SELECT pad FROM " + t + " WHERE pk IN ('k009', 'k010') AND sk = 3",
          "SELECT sk FROM " + t + " WHERE pad = 'none'");
    }
  }

  @Test
  void uniformQueriesAreWithinTheFactor() throws SQLException {
    holds(FACTOR,
        "SELECT sk FROM uniform WHERE pk = 'k007'",
        "SELECT sk FROM uniform WHERE pk IN ('k001', 'k002', 'k003')",
        "SELECT COUNT(*) FROM uniform WHERE pk = 'k042'",
        "SELECT sk FROM uniform WHERE pk = 'k150' AND sk BETWEEN 5 AND 12",
        "SELECT pk FROM uniform WHERE grp = 'g7'");
  }

  @Test
  void skewedColdKeysAndKnownHotKeysAreWithinTheFactor() throws SQLException {
    holds(FACTOR,
        "SELECT sk FROM skewed WHERE pk = 'k007'",
        "SELECT sk FROM skewed WHERE pk IN ('k001', 'k100')",
        "SELECT sk FROM skewed WHERE pk = 'k150' AND sk < 5",
        "SELECT pk FROM skewed WHERE grp = 'g3'");
    // The hot key (2,000 items, half the table) and its index group: whether the sample met them
    // depends on where they hash (KeySampleTest holds that a met one is counted); once a run has
    // read them whole, the sketch knows them.
    for (String hot : new String[] {"SELECT sk FROM skewed WHERE pk = 'hot'", "SELECT pk FROM skewed WHERE grp = 'ghot'"}) {
      check(hot);
      holds(FACTOR, hot);
    }
  }

  @Test
  void aHotKeyTheSketchDoesNotKnowIsEstimatedAsAnOrdinaryKeyUntilARunReadsItWhole() throws SQLException {
    check("SELECT sk FROM late WHERE pk = 'k001'"); // the sample is taken: 200 keys of 10
    add("late", "late-hot", "ghot", 1900); // under twice the items sampled: not sampled again
    Check first = check("SELECT sk FROM late WHERE pk = 'late-hot'");
    assertEquals(1900, first.items());
    assertTrue(first.itemsRatio() < 1 / 50.0, "estimated as an ordinary key of about 10 items: " + first);
    Check again = check("SELECT sk FROM late WHERE pk = 'late-hot'");
    assertTrue(again.within(EXACT), "the first run read the key whole, so the sketch knows its size: " + again);
  }

  @Test
  void aSortKeyRangeOnAHotKeyIsEstimatedAsAThirdOfIt() throws SQLException {
    Check ch = check("SELECT sk FROM skewed WHERE pk = 'hot' AND sk < 6");
    assertEquals(6, ch.items());
    assertTrue(ch.itemsRatio() > 50, "a third of the hot key's 2,000 items: " + ch);
  }

  @Test
  void dollarsAreAtTheConnectionsReadUnitPrice() throws SQLException {
    // at $1,000,000 per million read units, a read unit costs a dollar: est_usd equals est_read_units
    try (Connection priced = DriverManager.getConnection("jdbc:dynasql:mem:estimate-accuracy;readUnitPrice=1000000");
         Statement st = priced.createStatement();
         ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR SELECT sk FROM uniform WHERE pk IN ('k001', 'k002', 'k003')")) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString(1));
      assertTrue(plan.toString().contains("est_read_units=[4.5], est_usd=[4.5]"), plan.toString());
    }
  }
}
