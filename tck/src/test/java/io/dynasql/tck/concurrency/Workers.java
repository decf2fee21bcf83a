package io.dynasql.tck.concurrency;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One process of {@link ConcurrencySuiteTest}: {@code threads} threads, each with its own JDBC
 * connection to the database directory, run the suite's workloads and write every acknowledged
 * outcome to a history file, one line each (the parent checks the invariants over both
 * processes' histories). Outcomes: {@code ok}, or the SQLState of a refusal; anything else fails
 * the process.
 *
 * <p>Usage: {@code Workers <directory> <process-name> <threads> <history-file>}.
 */
public final class Workers {
  static final int KEYS = 4;
  static final int INCREMENTS = 150;
  static final int COMPUTED = 40;
  static final int TRANSFERS = 40;
  static final int ACCOUNTS = 6;
  static final int INSERT_KEYS = 60;
  static final int APPENDS = 25;

  private Workers() {}

  public static void main(String[] args) throws Exception {
    String url = "jdbc:dynasql:" + args[0];
    String process = args[1];
    int threads = Integer.parseInt(args[2]);
    List<String> history = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String worker = process + "-" + t;
      long seed = (process + t).hashCode();
      done.add(pool.submit(() -> {
        try (Connection c = DriverManager.getConnection(url)) {
          run(c, worker, new Random(seed), history);
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : done) f.get(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1); // the other workers' threads would keep the process alive
    }
    pool.shutdown();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      history.forEach(out::println);
    }
    System.out.println("done " + history.size());
  }

  private static void run(Connection c, String worker, Random random, List<String> history) throws SQLException {
    increments(c, random, history);
    transfers(c, random, history);
    inserts(c, worker, history);
    appends(c, worker, random, history);
  }

  /** {@code n = n + 1} (one UpdateItem) and {@code n = n * 1 + 1} (read, compute, write if unchanged). */
  private static void increments(Connection c, Random random, List<String> history) throws SQLException {
    try (PreparedStatement atomic = c.prepareStatement("UPDATE counters SET n = n + 1 WHERE pk = ?");
         PreparedStatement computed = c.prepareStatement("UPDATE counters SET n = n * 1 + 1 WHERE pk = ?")) {
      for (int i = 0; i < INCREMENTS + COMPUTED; i++) {
        String key = "k" + random.nextInt(KEYS);
        PreparedStatement ps = i < INCREMENTS ? atomic : computed;
        ps.setString(1, key);
        history.add("inc " + key + " " + outcome(() -> expectOne(ps.executeUpdate())));
      }
    }
  }

  /** Moves an amount read in the transaction between two accounts: the total must not change. */
  private static void transfers(Connection c, Random random, List<String> history) throws SQLException {
    c.setAutoCommit(false);
    try {
      for (int i = 0; i < TRANSFERS; i++) {
        String from = "a" + random.nextInt(ACCOUNTS);
        String to = "a" + ((Integer.parseInt(from.substring(1)) + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
        long amount = 1 + random.nextInt(5);
        String result = outcome(() -> {
          long a = balance(c, from);
          long b = balance(c, to);
          try (Statement st = c.createStatement()) {
            expectOne(st.executeUpdate("UPDATE accounts SET bal = " + (a - amount) + " WHERE id = '" + from + "'"));
            expectOne(st.executeUpdate("UPDATE accounts SET bal = " + (b + amount) + " WHERE id = '" + to + "'"));
          }
          c.commit();
        });
        if (!result.equals("ok")) c.rollback();
        history.add("transfer " + from + " " + to + " " + amount + " " + result);
      }
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static long balance(Connection c, String id) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT bal FROM accounts WHERE id = '" + id + "'")) {
      if (!rs.next()) throw new IllegalStateException("account " + id + " missing");
      return rs.getLong(1);
    }
  }

  /** Every worker inserts the same keys: exactly one insert of each may succeed. */
  private static void inserts(Connection c, String worker, List<String> history) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (id, owner) VALUES (?, ?)")) {
      for (int i = 0; i < INSERT_KEYS; i++) {
        ps.setString(1, "c" + i);
        ps.setString(2, worker);
        history.add("insert c" + i + " " + worker + " " + outcome(() -> expectOne(ps.executeUpdate())));
      }
    }
  }

  /**
   * Appends a unique token to one shared register and reads it back: SQL computes the new text,
   * so this is read, compute, write-if-unchanged; every acknowledged read is recorded.
   */
  private static void appends(Connection c, String worker, Random random, List<String> history) throws SQLException {
    try (PreparedStatement append = c.prepareStatement("UPDATE register SET v = v || CAST(? AS VARCHAR) WHERE id = 'r'");
         PreparedStatement read = c.prepareStatement("SELECT v FROM register WHERE id = 'r'")) {
      for (int i = 0; i < APPENDS; i++) {
        String token = worker + "." + i;
        append.setString(1, " " + token);
        history.add("append " + token + " " + outcome(() -> expectOne(append.executeUpdate())));
        if (random.nextBoolean()) {
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            history.add("read " + rs.getString(1).trim().replace(' ', ','));
          }
        }
      }
    }
  }

  private interface Op {
    void run() throws SQLException;
  }

  /** {@code ok}, or the SQLState of a refusal the suite allows (40001 conflict, 23505 duplicate). */
  private static String outcome(Op op) throws SQLException {
    try {
      op.run();
      return "ok";
    } catch (SQLException e) {
      if ("40001".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) return e.getSQLState();
      throw e;
    }
  }

  private static void expectOne(int count) {
    if (count != 1) throw new IllegalStateException("update count " + count + ", expected 1");
  }
}
