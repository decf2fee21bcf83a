package io.dynasql.tck.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code SELECT pk, SUM(x) FROM tbl GROUP BY pk} over {@value SqlData#GROUP_ROWS} rows in
 * {@value SqlData#GROUP_PARTITIONS} partitions, scored in items/s (rows in the table / seconds per
 * query): dynasql on disk ({@code jdbc:dynasql:<dir>}, loaded once through the engine API with
 * sync off) and H2 in memory. Load times are printed and recorded with {@link Notes}, not scored.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlGroupByBench {
  static final String QUERY = "SELECT pk, SUM(x) FROM tbl GROUP BY pk";
  /** The sum of x over every group: x = i % 1,000 over i < 1,000,000. */
  static final long TOTAL = (long) SqlData.GROUP_ROWS / 1_000 * (999L * 1_000 / 2);

  @State(Scope.Benchmark)
  public static class Dynasql {
    Path dir;
    Connection conn;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      dir = BenchData.tempDir("groupby");
      double seconds = SqlData.loadOnDisk(dir, SqlData.GROUP_ROWS, SqlData.GROUP_PARTITIONS);
      Notes.put("SqlGroupByBench.load.dynasql", seconds);
      conn = DriverManager.getConnection("jdbc:dynasql:" + dir);
      SqlData.expectAccess(conn, QUERY, "access=SCAN");
      run(conn); // checks the answer once before measuring
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
      BenchData.delete(dir);
    }
  }

  @State(Scope.Benchmark)
  public static class H2 {
    Connection conn;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      conn = DriverManager.getConnection("jdbc:h2:mem:groupby" + SqlData.H2_OPTIONS);
      long start = System.nanoTime();
      SqlData.loadH2(conn, SqlData.GROUP_ROWS, SqlData.GROUP_PARTITIONS);
      Notes.put("SqlGroupByBench.load.h2", (System.nanoTime() - start) / 1e9);
      run(conn); // checks the answer once before measuring
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
    }
  }

  /** Runs the query and checks its answer: every group, and the sum of all of them. */
  static long run(Connection conn) throws SQLException {
    long groups = 0;
    long sum = 0;
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
      while (rs.next()) {
        groups++;
        sum += rs.getLong(2);
      }
    }
    if (groups != SqlData.GROUP_PARTITIONS || sum != TOTAL) {
      throw new IllegalStateException(String.format(Locale.ROOT, "%d groups summing to %d", groups, sum));
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long dynasql(Dynasql st) throws SQLException {
    return run(st.conn);
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long h2(H2 st) throws SQLException {
    return run(st.conn);
  }
}
