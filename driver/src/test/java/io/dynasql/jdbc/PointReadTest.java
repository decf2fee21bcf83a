package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direct path of prepared point queries ({@link PointRead}) answers exactly as the planned
 * path does: every column of every type, read with every getter, compared with the same query on
 * a {@code pushdown=false} connection (a plain SCAN filtered by Calcite's generated code).
 */
class PointReadTest {
  private static final String URL = "jdbc:dynasql:mem:point-read";
  private static final String POINT = "SELECT * FROM things WHERE pk = ? AND sk = ?";
  private static Connection direct;
  private static Connection planned;

  @BeforeAll
  static void load() throws SQLException {
    direct = DriverManager.getConnection(URL);
    planned = DriverManager.getConnection(URL + ";pushdown=false;scan=allow");
    try (Statement st = direct.createStatement()) {
      st.execute("CREATE TABLE things (pk VARCHAR, sk BIGINT, amount DECIMAL(38, 10), ratio DOUBLE, flag BOOLEAN, "
          + "raw VARBINARY, tags VARCHAR ARRAY, doc JSON, small INTEGER, PRIMARY KEY (pk, sk))");
      st.execute("INSERT INTO things (pk, sk, amount, ratio, flag, raw, tags, doc, small) VALUES "
          + "('a', 1, 12345678901234567890123456.1234567891, 0.25, TRUE, x'00ff10', ARRAY['x', 'y'], '{\"k\": [1, 2]}', 7)");
      st.execute("INSERT INTO things (pk, sk) VALUES ('b', 2)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    planned.close();
    direct.close();
  }

  /** Every getter's answer for every column of each row, as text. */
  private static List<String> read(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    ResultSetMetaData md = rs.getMetaData();
    while (rs.next()) {
      for (int column = 1; column <= md.getColumnCount(); column++) {
        int c = column;
        out.add(md.getColumnLabel(c) + " " + md.getColumnTypeName(c) + " " + md.getPrecision(c) + " " + md.getScale(c)
            + " type=" + md.getColumnType(c) + " class=" + md.getColumnClassName(c) + " null=" + md.isNullable(c)
            + " table=" + md.getTableName(c) + " schema=" + md.getSchemaName(c) + " name=" + md.getColumnName(c)
            + " display=" + md.getColumnDisplaySize(c) + " signed=" + md.isSigned(c) + " case=" + md.isCaseSensitive(c)
            + " search=" + md.isSearchable(c) + " ro=" + md.isReadOnly(c) + " w=" + md.isWritable(c));
        out.add("object=" + text(rs.getObject(c)) + " null=" + rs.wasNull());
        out.add("string=" + rs.getString(c));
        out.add("bytes=" + attempt(() -> text(rs.getBytes(c))));
        out.add("decimal=" + attempt(() -> rs.getBigDecimal(c)));
        out.add("long=" + attempt(() -> rs.getLong(c)) + " null=" + rs.wasNull());
        out.add("double=" + attempt(() -> rs.getDouble(c)));
        out.add("boolean=" + attempt(() -> rs.getBoolean(c)));
      }
    }
    return out;
  }

  private interface Getter {
    Object get() throws SQLException;
  }

  /** The value, or the failure's SQLState: both paths must fail alike too. */
  private static String attempt(Getter g) {
    try {
      return String.valueOf(g.get());
    } catch (SQLException | RuntimeException e) {
      return "error " + (e instanceof SQLException s ? s.getSQLState() : e.getClass().getSimpleName());
    }
  }

  private static String text(Object o) {
    if (o instanceof byte[] b) return "bytes" + java.util.Arrays.toString(b);
    if (o instanceof java.sql.Array a) return attempt(() -> java.util.Arrays.toString((Object[]) a.getArray()));
    return String.valueOf(o);
  }

  private static List<String> run(Connection c, String pk, long sk, boolean expectDirect) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(POINT)) {
      ps.setString(1, pk);
      ps.setLong(2, sk);
      try (ResultSet rs = ps.executeQuery()) {
        // Which path ran: rows straight from the GetItem, or from the plan's generated code.
        assertEquals(expectDirect, ps.unwrap(JdbcStatement.class).executions.lastDirect());
        return read(rs);
      }
    }
  }

  @Test
  void everyColumnAndGetterAgreesWithThePlannedPath() throws SQLException {
    for (String[] key : new String[][] {{"a", "1"}, {"b", "2"}, {"a", "9"}}) {
      List<String> fast = run(direct, key[0], Long.parseLong(key[1]), true);
      assertEquals(run(planned, key[0], Long.parseLong(key[1]), false), fast, "key " + key[0] + "/" + key[1]);
      assertEquals(key[1].equals("9"), fast.isEmpty());
    }
  }

  /** Every getter of {@code sql} run as a plain statement, and how many plans Calcite made for it. */
  private static List<String> plain(String sql, int[] plans) throws SQLException {
    // a global hook, not a thread's: statements are prepared on a planning worker (tests run one at a time).
    // Code generation reports every plan it implements (dynasql's own preparation runs no planner hook).
    java.util.concurrent.atomic.AtomicInteger counted = new java.util.concurrent.atomic.AtomicInteger();
    try (org.apache.calcite.runtime.Hook.Closeable h = org.apache.calcite.runtime.Hook.JAVA_PLAN
            .add((Object code) -> counted.incrementAndGet());
        Statement st = direct.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return read(rs);
    } finally {
      plans[0] += counted.get();
    }
  }

  @Test
  void plainPointQueriesAreAnsweredWithoutPlanningAndAsPlanned() throws SQLException {
    String[] queries = {
        "SELECT * FROM things WHERE pk = 'a' AND sk = 1",
        "SELECT amount, pk, doc FROM things WHERE sk = 1 AND pk = 'a'",
        "SELECT t.flag, t.raw, t.tags FROM things t WHERE t.pk = 'a' AND t.sk = 1",
        "SELECT ratio FROM things WHERE pk = 'b' AND sk = 2",
        "SELECT _item, small FROM things WHERE pk = 'a' AND sk = 1",
        "SELECT * FROM things WHERE pk = 'a' AND sk = 9"};
    for (String q : queries) {
      int[] directPlans = {0};
      List<String> fast = plain(q, directPlans);
      int[] plannedPlans = {0};
      // the hint keeps the statement off the direct path (and forbids nothing a GET uses)
      List<String> planned = plain(q.replace("SELECT", "SELECT /*+ NO_INDEX(things) */"), plannedPlans);
      assertEquals(planned, fast, q);
      assertEquals(0, directPlans[0], q);
      assertEquals(q.endsWith("9"), fast.isEmpty(), q);
    }
  }

  @Test
  void otherShapesArePlannedAsBefore() throws SQLException {
    for (String q : new String[] {"SELECT pk FROM things WHERE pk = 'a' AND sk = 1 AND flag = TRUE",
        "SELECT pk FROM things WHERE pk = 'a'", "SELECT pk FROM things WHERE pk = 'a' AND sk = '1'",
        "SELECT pk, sk + 1 FROM things WHERE pk = 'a' AND sk = 1", "SELECT DISTINCT pk FROM things WHERE pk = 'a' AND sk = 1"}) {
      int[] plans = {0};
      assertFalse(plain(q, plans).isEmpty(), q);
      assertTrue(plans[0] > 0 || q.contains("flag"), q); // a cached shape may not plan again; a new one does
    }
  }

  @Test
  void theDirectPathIsLabelledAndLoggedLikeAnyGet() throws SQLException {
    try (PreparedStatement ps = direct.prepareStatement("SELECT sk, flag FROM things WHERE pk = ? AND sk = ?")) {
      ps.setString(1, "a");
      ps.setLong(2, 1);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertTrue(rs.getBoolean(2));
        assertFalse(rs.next());
      }
      List<AccessLine> lines = ps.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size());
      assertEquals("GET", lines.get(0).record().kind().name());
      assertEquals(1, lines.get(0).record().itemsRead());
      assertEquals(1, lines.get(0).record().itemsReturned());
      assertEquals(0.5, lines.get(0).record().readUnits());
    }
  }

  @Test
  void anUnboundParameterFailsAsOnThePlannedPath() throws SQLException {
    try (PreparedStatement ps = direct.prepareStatement(POINT)) {
      ps.setString(1, "a");
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("07001", e.getSQLState(), e.toString());
    }
  }

  @Test
  void literalStatementsRunOnTheDirectPathOfTheirCachedPlan() throws SQLException {
    try (Statement st = direct.createStatement()) {
      for (int i = 0; i < 3; i++) {
        try (ResultSet rs = st.executeQuery("SELECT raw FROM things WHERE pk = 'a' AND sk = 1")) {
          assertTrue(rs.next());
          assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, rs.getBytes(1));
          assertTrue(st.unwrap(JdbcStatement.class).executions.lastDirect());
        }
      }
    }
  }
}
