package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query timeout or cancel stops the operators Calcite runs above the table accesses: hash and
 * nested-loop joins, sorts and aggregates, even when the join reads no new row for a long time
 * and produces nothing. Each statement below works on 3,000 rows for far longer than the test
 * allows. The target is 100 ms past the deadline; the assertions allow a generous 5 s on
 * a shared machine and the measured overshoot is printed.
 */
class CancelReachesOperatorsTest {
  private static final int ROWS = 3_000;
  /** The whole statement, from execute to its error: the 1 s timeout plus a generous bound. */
  private static final long BOUND_MILLIS = 5_000;
  private static Connection conn;
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "operator-cancel");
    t.setDaemon(true); // a statement that never stopped must not keep the test JVM alive
    return t;
  });

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:cancel-operators;scan=allow");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE ops_t (id BIGINT PRIMARY KEY, g BIGINT, v BIGINT)");
    }
    var db = conn.unwrap(DynasqlConnection.class).database();
    for (int i = 0; i < ROWS; i++) {
      db.putItem(PutItemRequest.of("ops_t", Map.of("id", AttributeValue.n(i), "g", AttributeValue.n(0), "v", AttributeValue.n(i % 7))));
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  /** Each kind of long work: every one filters down to nothing, so no row reaches the caller. */
  private static String query(String kind) {
    return switch (kind) {
      case "crossJoin" -> "SELECT a.id, b.id, c.id FROM ops_t a CROSS JOIN ops_t b CROSS JOIN ops_t c WHERE a.v + b.v + c.v < 0";
      case "hashJoin" -> "SELECT COUNT(*) FROM ops_t a JOIN ops_t b ON a.g = b.g JOIN ops_t c ON b.g = c.g WHERE a.v + b.v + c.v < 0";
      case "orderBy" -> "SELECT a.id FROM ops_t a, ops_t b, ops_t c WHERE a.v - b.v - c.v > 100 ORDER BY a.id";
      case "groupBy" -> "SELECT a.v, COUNT(*) FROM ops_t a, ops_t b, ops_t c WHERE a.v + b.v + c.v > 100 GROUP BY a.v";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Runs {@code sql} on another thread; the future holds the SQLException it ended with, or null. */
  private static Future<SQLException> run(Statement st, String sql) {
    return RUNNER.submit(() -> {
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          // read everything: the statement must not end with a result
        }
        return null;
      } catch (SQLException e) {
        return e;
      }
    });
  }

  private static SQLException await(Future<SQLException> f, long millis) throws Exception {
    try {
      return f.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the statement did not stop within " + millis + " ms", e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crossJoin", "hashJoin", "orderBy", "groupBy"})
  void aQueryTimeoutStopsTheOperator(String kind) throws Exception {
    try (Statement st = conn.createStatement()) {
      st.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException e = await(run(st, query(kind)), BOUND_MILLIS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("timeout %s: stopped %d ms after execute, %d ms past the 1 s deadline%n", kind, millis, millis - 1000);
      SQLTimeoutException t = assertInstanceOf(SQLTimeoutException.class, e, "ended without a timeout: " + e);
      assertEquals("HYT00", t.getSQLState(), t.getMessage());
      assertTrue(millis < BOUND_MILLIS, millis + " ms");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crossJoin", "hashJoin", "orderBy", "groupBy"})
  void cancelFromAnotherThreadStopsTheOperator(String kind) throws Exception {
    try (Statement st = conn.createStatement()) {
      Future<SQLException> running = run(st, query(kind));
      assertEquals(null, awaitNot(running, 300), "the statement ended before the cancel");
      long canceled = System.nanoTime();
      // A cancel that arrives before the execution starts is lost (JDBC cancels what runs), so repeat it.
      SQLException e = null;
      while (e == null && (System.nanoTime() - canceled) / 1_000_000 < BOUND_MILLIS) {
        st.cancel();
        e = awaitNot(running, 20);
      }
      long millis = (System.nanoTime() - canceled) / 1_000_000;
      System.out.printf("cancel %s: stopped %d ms after cancel()%n", kind, millis);
      assertTrue(e != null, "the statement did not stop within " + BOUND_MILLIS + " ms of cancel()");
      assertEquals("57014", e.getSQLState(), e.getMessage());
    }
  }

  @org.junit.jupiter.api.Test
  void aQueryTimeoutStopsTheReadOfAnUpdateAndNothingIsWritten() throws Exception {
    try (Statement st = conn.createStatement()) {
      st.setQueryTimeout(1);
      long start = System.nanoTime();
      Future<SQLException> running = RUNNER.submit(() -> {
        try {
          st.executeUpdate("UPDATE ops_t SET v = 99 WHERE id IN (SELECT a.id FROM ops_t a, ops_t b, ops_t c "
              + "WHERE a.v + b.v + c.v >= 0 AND a.v - b.v - c.v > 100)");
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      SQLException e = await(running, BOUND_MILLIS);
      System.out.printf("timeout UPDATE read: stopped %d ms after execute%n", (System.nanoTime() - start) / 1_000_000);
      SQLTimeoutException t = assertInstanceOf(SQLTimeoutException.class, e, "ended without a timeout: " + e);
      assertEquals("HYT00", t.getSQLState(), t.getMessage());
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ops_t WHERE v = 99")) {
      rs.next();
      assertEquals(0, rs.getLong(1), "a timed-out UPDATE writes nothing");
    }
  }

  /** The statement's error if it ends within {@code millis}, else null (it is still running). */
  private static SQLException awaitNot(Future<SQLException> f, long millis) throws Exception {
    try {
      SQLException e = f.get(millis, TimeUnit.MILLISECONDS);
      if (e == null) throw new AssertionError("the statement ended with a result");
      return e;
    } catch (TimeoutException stillRunning) {
      return null;
    }
  }
}
