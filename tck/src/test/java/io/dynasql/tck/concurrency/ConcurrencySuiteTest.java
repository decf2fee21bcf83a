package io.dynasql.tck.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs on one database directory, each with {@value #THREADS} threads on their own JDBC
 * connections ({@link Workers}), run increments, transfers inside transactions, contested inserts
 * and appends to one register; then every invariant is checked over both histories: each
 * acknowledged increment is counted, money is conserved and each account's balance is its
 * acknowledged transfers, each key was inserted exactly once, and the register holds every
 * acknowledged append exactly once, no refused one, and every acknowledged read of it is a prefix
 * of its final value (a lost or reordered append would show as a read that is not). A refusal
 * (40001, 23505) is allowed; an acknowledged statement without its effect is not (issue 9).
 */
class ConcurrencySuiteTest {
  static final int THREADS = 4;
  private static final long OPENING_BALANCE = 1_000;

  @TempDir Path dir;

  @Test
  void twoProcessesOfFourConnectionsKeepEveryInvariant() throws Exception {
    Path db = dir.resolve("db");
    String url = "jdbc:dynasql:" + db;
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE counters (pk VARCHAR PRIMARY KEY, n BIGINT)");
      for (int k = 0; k < Workers.KEYS; k++) st.execute("INSERT INTO counters VALUES ('k" + k + "', 0)");
      st.execute("CREATE TABLE accounts (id VARCHAR PRIMARY KEY, bal BIGINT)");
      for (int a = 0; a < Workers.ACCOUNTS; a++) st.execute("INSERT INTO accounts VALUES ('a" + a + "', " + OPENING_BALANCE + ")");
      st.execute("CREATE TABLE claims (id VARCHAR PRIMARY KEY, owner VARCHAR)");
      st.execute("CREATE TABLE register (id VARCHAR PRIMARY KEY, v VARCHAR)");
      st.execute("INSERT INTO register VALUES ('r', '')");
    }
    List<Process> processes = new ArrayList<>();
    List<Path> histories = new ArrayList<>();
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    for (String name : List.of("p1", "p2")) {
      Path history = dir.resolve(name + ".history");
      histories.add(history);
      processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Workers.class.getName(),
          db.toString(), name, String.valueOf(THREADS), history.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile()).start());
    }
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      boolean ended = p.waitFor(5, TimeUnit.MINUTES);
      if (!ended) p.destroyForcibly();
      String out = Files.readString(dir.resolve("p" + (i + 1) + ".out"));
      assertTrue(ended && p.exitValue() == 0, "worker process p" + (i + 1) + " failed:\n" + out);
    }
    List<String> lines = new ArrayList<>();
    for (Path h : histories) lines.addAll(Files.readAllLines(h, StandardCharsets.UTF_8));
    try (Connection c = DriverManager.getConnection(url)) {
      String figures = increments(c, lines) + "; " + transfers(c, lines) + "; " + inserts(c, lines) + "; " + register(c, lines);
      System.out.println("ConcurrencySuiteTest: " + figures);
    }
  }

  private static String increments(Connection c, List<String> lines) throws SQLException {
    Map<String, Long> acked = new HashMap<>();
    long refused = 0;
    for (String l : lines) {
      String[] f = l.split(" ");
      if (!f[0].equals("inc")) continue;
      if (f[2].equals("ok")) acked.merge(f[1], 1L, Long::sum);
      else refused++;
    }
    long total = 0;
    for (int k = 0; k < Workers.KEYS; k++) {
      String key = "k" + k;
      assertEquals(acked.getOrDefault(key, 0L), value(c, "SELECT n FROM counters WHERE pk = '" + key + "'"),
          "counter " + key + " holds exactly its acknowledged increments");
      total += acked.getOrDefault(key, 0L);
    }
    return "increments " + total + " acknowledged, " + refused + " refused (40001)";
  }

  private static String transfers(Connection c, List<String> lines) throws SQLException {
    Map<String, Long> expected = new HashMap<>();
    long ok = 0;
    long refused = 0;
    for (String l : lines) {
      String[] f = l.split(" ");
      if (!f[0].equals("transfer")) continue;
      if (!f[4].equals("ok")) {
        refused++;
        continue;
      }
      ok++;
      long amount = Long.parseLong(f[3]);
      expected.merge(f[1], -amount, Long::sum);
      expected.merge(f[2], amount, Long::sum);
    }
    assertEquals(OPENING_BALANCE * Workers.ACCOUNTS, value(c, "SELECT SUM(bal) FROM accounts"), "money is conserved");
    for (int a = 0; a < Workers.ACCOUNTS; a++) {
      String id = "a" + a;
      assertEquals(OPENING_BALANCE + expected.getOrDefault(id, 0L), value(c, "SELECT bal FROM accounts WHERE id = '" + id + "'"),
          "account " + id + " is its opening balance plus its acknowledged transfers");
    }
    assertTrue(ok > 0, "some transfers commit");
    return "transfers " + ok + " committed, " + refused + " refused (40001)";
  }

  private static String inserts(Connection c, List<String> lines) throws SQLException {
    Map<String, String> winners = new HashMap<>();
    for (String l : lines) {
      String[] f = l.split(" ");
      if (!f[0].equals("insert") || !f[3].equals("ok")) continue;
      String prior = winners.put(f[1], f[2]);
      assertEquals(null, prior, "key " + f[1] + " was acknowledged twice: " + prior + " and " + f[2]);
    }
    assertEquals(Workers.INSERT_KEYS, winners.size(), "every key inserted once");
    for (Map.Entry<String, String> w : winners.entrySet()) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT owner FROM claims WHERE id = '" + w.getKey() + "'")) {
        assertTrue(rs.next());
        assertEquals(w.getValue(), rs.getString(1), "the acknowledged insert is the one stored");
      }
    }
    return "inserts " + winners.size() + " keys, each acknowledged once";
  }

  private static String register(Connection c, List<String> lines) throws SQLException {
    String finalValue;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT v FROM register WHERE id = 'r'")) {
      assertTrue(rs.next());
      finalValue = rs.getString(1).trim().replace(' ', ',');
    }
    List<String> order = List.of(finalValue.split(","));
    assertEquals(order.size(), new java.util.HashSet<>(order).size(), "no append applied twice");
    long acked = 0;
    long reads = 0;
    for (String l : lines) {
      String[] f = l.split(" ");
      if (f[0].equals("append")) {
        boolean present = order.contains(f[1]);
        if (f[2].equals("ok")) {
          acked++;
          assertTrue(present, "acknowledged append " + f[1] + " was lost");
        } else {
          assertTrue(!present, "refused append " + f[1] + " was applied");
        }
      } else if (f[0].equals("read")) {
        reads++;
        String seen = f.length > 1 ? f[1] : "";
        assertTrue(finalValue.startsWith(seen), "a read saw appends in an order the register did not keep: " + seen);
      }
    }
    assertEquals(acked, order.size(), "the register holds exactly the acknowledged appends");
    return "register " + acked + " appends and " + reads + " reads, history linear";
  }

  private static long value(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getLong(1);
    }
  }
}
