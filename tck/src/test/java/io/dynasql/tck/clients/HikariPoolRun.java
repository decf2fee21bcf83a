package io.dynasql.tck.clients;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs in a child JVM with the shaded driver jar and HikariCP: a pool of 4 shared by 8 threads,
 * each doing a fixed number of prepared writes and reads. Some borrowers hand their connection
 * back with autoCommit off, readOnly on and an uncommitted INSERT: the pool must reset it (and
 * discard the write) before the next borrower. Prints what {@link HikariPoolTest} checks.
 */
public final class HikariPoolRun {
  private static final int THREADS = 8;
  private static final int ROUNDS = 28;

  private HikariPoolRun() {}

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(4);
    config.setPoolName("dynasql-tck");
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicLong acknowledged = new AtomicLong();
    try (HikariDataSource ds = new HikariDataSource(config)) {
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE pool_events (worker VARCHAR, seq BIGINT, payload VARCHAR, PRIMARY KEY (worker, seq))");
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      for (int t = 0; t < THREADS; t++) {
        String worker = "w" + t;
        pool.execute(() -> work(ds, worker, acknowledged, errors));
      }
      pool.shutdown();
      if (!pool.awaitTermination(150, TimeUnit.SECONDS)) errors.add("workers did not finish");
      long rows;
      try (Connection c = ds.getConnection(); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pool_events")) {
        rs.next();
        rows = rs.getLong(1);
      }
      System.out.println("acknowledged: " + acknowledged.get());
      System.out.println("rows: " + rows);
      System.out.println("active: " + ds.getHikariPoolMXBean().getActiveConnections());
      System.out.println("total: " + ds.getHikariPoolMXBean().getTotalConnections());
    }
    System.out.println("errors: " + errors.size());
    errors.forEach(e -> System.out.println("error: " + e));
  }

  private static void work(HikariDataSource ds, String worker, AtomicLong acknowledged, ConcurrentLinkedQueue<String> errors) {
    for (int i = 0; i < ROUNDS; i++) {
      try (Connection c = ds.getConnection()) {
        if (!c.getAutoCommit() || c.isReadOnly()) errors.add(worker + " round " + i + ": borrowed a connection not reset");
        if (i % 7 == 6) {
          // a careless borrower: its settings and its uncommitted write must not outlive its borrow
          c.setAutoCommit(false);
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO pool_events VALUES (?, ?, ?)")) {
            ps.setString(1, worker);
            ps.setLong(2, 1_000 + i);
            ps.setString(3, "never committed");
            ps.executeUpdate();
          }
          c.setReadOnly(true);
          continue;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pool_events VALUES (?, ?, ?)")) {
          ps.setString(1, worker);
          ps.setLong(2, i);
          ps.setString(3, worker + "/" + i);
          if (ps.executeUpdate() == 1) acknowledged.incrementAndGet();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM pool_events WHERE worker = ? AND seq = ?")) {
          ps.setString(1, worker);
          ps.setLong(2, i);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !(worker + "/" + i).equals(rs.getString(1))) errors.add(worker + " round " + i + ": own write not read back");
          }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM pool_events WHERE worker = ? ORDER BY seq")) {
          ps.setString(1, worker);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) if (rs.getLong(1) >= 1_000) errors.add(worker + " round " + i + ": an uncommitted write was kept");
          }
        }
      } catch (Exception e) {
        errors.add(worker + " round " + i + ": " + e);
      }
    }
  }

  /** The lines the test expects, given the counts the run itself printed. */
  static List<String> expected(long acknowledged) {
    return List.of("acknowledged: " + acknowledged, "rows: " + acknowledged, "active: 0", "total: 4", "errors: 0");
  }
}
