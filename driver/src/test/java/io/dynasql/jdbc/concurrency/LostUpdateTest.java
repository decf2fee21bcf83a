package io.dynasql.jdbc.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent read-modify-write statements from several connections never lose an update: every
 * acknowledged statement's effect is in the final value (issue 9: 8 threads x 500 increments
 * ended at 2,272-2,848 instead of 4,000). A statement may fail with 40001 (then it had no
 * effect), never succeed without its effect.
 */
class LostUpdateTest {
  private static final String URL = "jdbc:dynasql:mem:lost-updates";
  private static final int THREADS = 8;
  private Connection admin;

  @BeforeEach
  void open() throws SQLException {
    admin = DriverManager.getConnection(URL);
    try (Statement st = admin.createStatement()) {
      st.execute("CREATE TABLE counters (pk VARCHAR PRIMARY KEY, n BIGINT, note VARCHAR)");
      st.execute("INSERT INTO counters VALUES ('c', 0, 'start')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = admin.createStatement()) {
      st.execute("DROP TABLE counters");
    }
    admin.close();
  }

  private long n() throws SQLException {
    try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT n FROM counters WHERE pk = 'c'")) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  /** Runs {@code perThread} executions of {@code sql} (one parameter: the key) on each thread; returns acknowledged ones. */
  private long hammer(String sql, int perThread, AtomicLong failures) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicLong acknowledged = new AtomicLong();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(pool.submit(() -> {
        try (Connection c = DriverManager.getConnection(URL); PreparedStatement ps = c.prepareStatement(sql)) {
          for (int i = 0; i < perThread; i++) {
            ps.setString(1, "c");
            try {
              assertEquals(1, ps.executeUpdate());
              acknowledged.incrementAndGet();
            } catch (SQLException e) {
              assertEquals("40001", e.getSQLState(), e.getMessage());
              failures.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) f.get(5, TimeUnit.MINUTES);
    pool.shutdown();
    return acknowledged.get();
  }

  @Test
  void incrementsByAnUpdateExpressionAreNeverLost() throws Exception {
    AtomicLong failures = new AtomicLong();
    long acknowledged = hammer("UPDATE counters SET n = n + 1 WHERE pk = ?", 500, failures);
    assertEquals(0, failures.get(), "an atomic increment has nothing to conflict with");
    assertEquals(THREADS * 500L, acknowledged);
    assertEquals(THREADS * 500L, n());
  }

  @Test
  void readModifyWriteThroughSqlIsNeverLost() throws Exception {
    // n * 1 + 1 is no DynamoDB update expression: SQL reads n, computes, and writes on condition
    // that the item is unchanged, reading again when another writer got there first
    AtomicLong failures = new AtomicLong();
    long acknowledged = hammer("UPDATE counters SET n = n * 1 + 1, note = 'seen ' || CAST(n AS VARCHAR) WHERE pk = ?", 100, failures);
    assertEquals(acknowledged, n(), "every acknowledged increment is there, and nothing else");
    assertTrue(acknowledged >= THREADS * 100L * 9 / 10, "most statements succeed: " + acknowledged + ", 40001: " + failures.get());
    try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT note FROM counters WHERE pk = 'c'")) {
      assertTrue(rs.next());
      assertEquals("seen " + (acknowledged - 1), rs.getString(1), "the note was computed from the value the write replaced");
    }
  }
}
