package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stream aggregate reads a BIGINT straight off an N that fits a long and a VARCHAR off an S;
 * every other stored value goes the way of any row ({@link StoredMisfitTest}): a whole number past
 * 18 digits that still fits BIGINT (1E18) is summed, an absent attribute or a NULL is NULL, and a
 * fraction, a string or a number past BIGINT under the BIGINT column is 22018, or with
 * {@code lenientReads=true} converted and warned about, exactly as with pushdown off.
 */
class StreamAggregateMisfitTest {
  private static final String URL = "jdbc:dynasql:mem:stream-misfit;scan=allow";
  private static final String SUMS = "SELECT pk, SUM(x), COUNT(x), MIN(x), MAX(x), COUNT(*) FROM mis";

  private static void put(Connection conn, String pk, long sk, AttributeValue x) throws SQLException {
    Map<String, AttributeValue> item = new LinkedHashMap<>(Map.of("pk", s(pk), "sk", n(sk)));
    if (x != null) item.put("x", x);
    conn.unwrap(DynasqlConnection.class).database().putItem(PutItemRequest.of("mis", item));
  }

  private static void fill(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE mis (pk VARCHAR, sk BIGINT, x BIGINT, PRIMARY KEY (pk, sk))");
    }
    put(conn, "a", 1, n(5));
    put(conn, "a", 2, n(new BigDecimal("1E18"))); // 19 digits: not kept as a long, still a BIGINT
    put(conn, "a", 3, null);
    put(conn, "a", 4, AttributeValue.NULL);
    put(conn, "a", 5, n(-9));
    put(conn, "b", 1, n(7));
    put(conn, "c", 1, n(new BigDecimal("3.7")));
    put(conn, "d", 1, s("42"));
    put(conn, "e", 1, n(new BigDecimal("12345678901234567890")));
    put(conn, "e", 2, n(1));
  }

  @Test
  void strictReadsSumWhatFitsAndRefuseMisfitsAsWithoutPushdown() throws SQLException {
    try (Connection on = DriverManager.getConnection(URL); Connection off = DriverManager.getConnection(URL + ";pushdown=false")) {
      fill(on);
      try {
        String fits = SUMS + " WHERE pk IN ('a', 'b') GROUP BY pk";
        assertTrue(explain(on, fits).contains("DynamoStreamAggregate"), explain(on, fits));
        assertEquals(List.of("a|999999999999999996|3|-9|1000000000000000000|5", "b|7|1|7|7|1"), rows(on, fits));
        for (String pk : new String[] {"c", "d", "e"}) {
          String sql = SUMS + " WHERE pk = '" + pk + "' GROUP BY pk";
          assertTrue(explain(on, sql).contains("DynamoStreamAggregate"), explain(on, sql));
          SQLException e = assertThrows(SQLException.class, () -> rows(on, sql), sql);
          assertEquals("22018", e.getSQLState(), e.getMessage());
          assertTrue(e.getMessage().contains("pk = '" + pk + "'") && e.getMessage().contains("column x"), e.getMessage());
          assertEquals("22018", assertThrows(SQLException.class, () -> rows(off, sql)).getSQLState());
        }
      } finally {
        try (Statement st = on.createStatement()) {
          st.execute("DROP TABLE mis");
        }
      }
    }
  }

  @Test
  void lenientReadsConvertAsWithoutPushdownAndWarn() throws SQLException {
    try (Connection on = DriverManager.getConnection(URL + ";lenientReads=true");
        Connection off = DriverManager.getConnection(URL + ";lenientReads=true;pushdown=false")) {
      fill(on);
      try {
        String all = SUMS + " GROUP BY pk";
        assertTrue(explain(on, all).contains("DynamoStreamAggregate"), explain(on, all));
        assertEquals(rows(off, all), rows(on, all));
        try (Statement st = on.createStatement(); ResultSet rs = st.executeQuery(all)) {
          while (rs.next()) rs.getObject(2);
          assertNotNull(st.getWarnings(), "the converted values are warned about");
        }
      } finally {
        try (Statement st = on.createStatement()) {
          st.execute("DROP TABLE mis");
        }
      }
    }
  }

  private static String explain(Connection c, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) plan.append(rs.getString(1)).append('\n');
    }
    return plan.toString();
  }

  /** The rows as text, sorted. */
  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(i > 1 ? "|" : "").append(rs.getObject(i));
        out.add(row.toString());
      }
    }
    out.sort(null);
    return out;
  }
}
