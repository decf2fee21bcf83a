package io.dynasql.tck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The first query in a fresh JVM; not a JMH benchmark. {@link #measure} prepares an on-disk
 * database holding the point-query table ({@value SqlData#POINT_ROWS} rows), then starts
 * {@code java -cp <the jar holding this class> SqlFirstQueryBench <dir> <pk> <sk>} a number of
 * times; each child connects with {@code jdbc:dynasql:<dir>}, runs one point query as a plain
 * Statement, prints the answer and exits. The time is wall time from just before the child
 * process is started to the line with its answer.
 */
public final class SqlFirstQueryBench {
  /** The name {@code --include} is matched against. */
  static final String NAME = SqlFirstQueryBench.class.getName() + ".freshJvm";
  static final int ROW = 54_321;

  private SqlFirstQueryBench() {}

  /**
   * The times of the runs, in seconds, and what the children reported: milliseconds from their
   * {@code main} to an open connection, and from there to the answer.
   */
  record Result(List<Double> seconds, List<Double> connectMillis, List<Double> queryMillis, double loadSeconds, long jarBytes) {}

  /** The child: connects, runs one point query, prints {@code answer=<v> connect_ms=<n> query_ms=<n>}. */
  public static void main(String[] args) throws SQLException {
    long start = System.nanoTime();
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:" + args[0])) {
      long connected = System.nanoTime();
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery("SELECT v FROM tbl WHERE pk = '" + args[1] + "' AND sk = " + args[2])) {
        String v = rs.next() ? rs.getString(1) : null;
        long answered = System.nanoTime();
        System.out.println("answer=" + v + " connect_ms=" + (connected - start) / 1_000_000
            + " query_ms=" + (answered - connected) / 1_000_000);
      }
    }
  }

  /** Prepares the database and runs the child {@code runs} times, one after the other. */
  static Result measure(int runs) throws Exception {
    Path dir = BenchData.tempDir("firstquery");
    try {
      double load = SqlData.loadOnDisk(dir, SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS);
      String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      String pk = SqlData.pk(ROW % SqlData.POINT_PARTITIONS);
      String sk = Long.toString(ROW / SqlData.POINT_PARTITIONS);
      List<Double> seconds = new ArrayList<>();
      List<Double> connect = new ArrayList<>();
      List<Double> query = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", jar(), SqlFirstQueryBench.class.getName(), dir.toString(), pk, sk)
            .redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        String answer = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("answer=")) {
              seconds.add((System.nanoTime() - start) / 1e9);
              answer = line;
            } else {
              output.append(line).append('\n');
            }
          }
        }
        int exit = p.waitFor();
        if (exit != 0 || answer == null || !answer.startsWith("answer=" + SqlData.v(ROW) + " ")) {
          throw new IllegalStateException("first-query child failed (exit " + exit + ", " + answer + "):\n" + output);
        }
        String[] f = answer.split(" ");
        connect.add(Double.parseDouble(f[1].substring("connect_ms=".length())));
        query.add(Double.parseDouble(f[2].substring("query_ms=".length())));
        System.out.printf(Locale.ROOT, "first query, run %d: %.3f s (%s)%n", i + 1, seconds.get(i), answer);
      }
      return new Result(seconds, connect, query, load, Files.size(Path.of(jar())));
    } finally {
      BenchData.delete(dir);
    }
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /** The jar (or classes directory) this class was loaded from: the benchmarks jar. */
  private static String jar() {
    try {
      return Path.of(SqlFirstQueryBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
