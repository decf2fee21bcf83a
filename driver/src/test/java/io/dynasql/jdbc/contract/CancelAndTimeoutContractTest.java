package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statement.cancel() from another thread stops a long aggregate with 57014, setQueryTimeout
 * stops one with SQLTimeoutException, and the statement and connection stay usable. The long
 * statement is long by its size: a three-way cross join of 600 rows, 2.16e8 combinations.
 */
class CancelAndTimeoutContractTest {
  static final String ENDLESS = "SELECT COUNT(*) FROM big_t a CROSS JOIN big_t b CROSS JOIN big_t c WHERE a.v + b.v + c.v >= 0";
  /** Only guards against a hang if cancellation were broken; no result depends on it. */
  private static final long HANG_GUARD_SECONDS = 120;
  private static Connection conn;
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "contract-cancel");
    t.setDaemon(true); // a statement that never stopped must not keep the test JVM alive
    return t;
  });

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-cancel;scan=allow");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE big_t (id BIGINT PRIMARY KEY, v BIGINT)");
    }
    var db = conn.unwrap(DynasqlConnection.class).database();
    for (int i = 0; i < 600; i++) {
      db.putItem(PutItemRequest.of("big_t", Map.of("id", AttributeValue.n(i), "v", AttributeValue.n(i % 7))));
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static <T> T await(Future<T> f) throws InterruptedException, ExecutionException {
    try {
      return f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the statement did not stop", e);
    }
  }

  private static void assertUsable(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT v FROM big_t WHERE id = 8")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getLong(1));
    }
  }

  /** Runs the endless aggregate on another thread; the future holds its result or its SQLException. */
  private static Future<Object> runEndless(Statement st) {
    return RUNNER.submit(() -> {
      try (ResultSet rs = st.executeQuery(ENDLESS)) {
        rs.next();
        return rs.getLong(1);
      } catch (SQLException e) {
        return e;
      }
    });
  }

  @Test
  void cancelFromAnotherThreadStopsALongAggregate() throws Exception {
    try (Statement st = conn.createStatement()) {
      Future<Object> run = runEndless(st);
      // A cancel that arrives before the execution starts is lost (JDBC cancels what runs), so repeat it.
      while (!run.isDone()) {
        st.cancel();
        Thread.sleep(20);
      }
      SQLException e = assertInstanceOf(SQLException.class, await(run));
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertUsable(st);
    }
    try (Statement other = conn.createStatement()) {
      assertUsable(other);
    }
  }

  @Test
  void aQueryTimeoutStopsALongAggregate() throws Exception {
    try (Statement st = conn.createStatement()) {
      assertEquals(0, st.getQueryTimeout());
      st.setQueryTimeout(1);
      assertEquals(1, st.getQueryTimeout());
      Future<Object> run = runEndless(st);
      SQLTimeoutException e = assertInstanceOf(SQLTimeoutException.class, await(run));
      assertEquals("HYT00", e.getSQLState(), e.getMessage());
      assertUsable(st);
      assertEquals("22023", assertThrows(SQLException.class, () -> st.setQueryTimeout(-1)).getSQLState());
    }
  }

  @Test
  void aCanceledResultSetStopsAndTheStatementRunsAgain() throws SQLException {
    try (Statement st = conn.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT id FROM big_t");
      assertTrue(rs.next());
      st.cancel();
      assertEquals("57014", assertThrows(SQLException.class, rs::next).getSQLState());
      assertUsable(st);
      st.cancel(); // nothing runs: no effect on the next execution
      assertUsable(st);
    }
  }
}
