package io.dynasql.tck.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * GROUP BY over {@value SqlData#GROUP_ROWS} rows, scored in items/s (rows in the table / seconds
 * per query), dynasql on disk ({@code jdbc:dynasql:<dir>}, loaded once through the engine API with
 * sync off) against H2 in memory, in two shapes: {@link #QUERY} over {@value SqlData#GROUP_PARTITIONS}
 * partitions, and {@link #FILTERED} (issue 10's shape: a prepared filter keeping half of the rows)
 * over {@value SqlData#WIDE_PARTITIONS}. Load times are recorded with {@link Notes}, not scored.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlGroupByBench {
  static final String QUERY = "SELECT pk, SUM(x) FROM tbl GROUP BY pk";
  static final String FILTERED = "SELECT pk, SUM(x) FROM tbl WHERE x > ? GROUP BY pk";
  /** The filter's parameter: x is 0..999 evenly, so {@code x > 499} keeps half of the rows. */
  static final long THRESHOLD = 499;

  /** A loaded table and the query's expected answer: the number of groups and the sum of the sums. */
  record Expected(long groups, long sum) {
    /** Computed from the rows themselves, as {@link SqlData#item} makes them. */
    static Expected of(int rows, int partitions, long threshold) {
      long[] sums = new long[partitions];
      boolean[] seen = new boolean[partitions];
      for (long i = 0; i < rows; i++) {
        long x = SqlData.x(i, partitions);
        if (x <= threshold) continue;
        sums[(int) (i % partitions)] += x;
        seen[(int) (i % partitions)] = true;
      }
      long groups = 0;
      long sum = 0;
      for (int p = 0; p < partitions; p++) {
        if (seen[p]) groups++;
        sum += sums[p];
      }
      return new Expected(groups, sum);
    }
  }

  /** One table in both databases, with the statement run on each. */
  abstract static class Table {
    Path dir;
    Connection dynasql;
    Connection h2;
    PreparedStatement onDynasql;
    PreparedStatement onH2;
    Expected expected;

    void open(String name, int partitions, String sql, long threshold) throws SQLException {
      dir = BenchData.tempDir(name);
      double seconds = SqlData.loadOnDisk(dir, SqlData.GROUP_ROWS, partitions);
      Notes.put("SqlGroupByBench.load." + name + ".dynasql", seconds);
      dynasql = DriverManager.getConnection("jdbc:dynasql:" + dir);
      h2 = DriverManager.getConnection("jdbc:h2:mem:" + name + SqlData.H2_OPTIONS);
      long start = System.nanoTime();
      SqlData.loadH2(h2, SqlData.GROUP_ROWS, partitions);
      Notes.put("SqlGroupByBench.load." + name + ".h2", (System.nanoTime() - start) / 1e9);
      SqlData.expectAccess(dynasql, sql.replace("?", Long.toString(threshold)), "access=SCAN");
      onDynasql = prepare(dynasql, sql, threshold);
      onH2 = prepare(h2, sql, threshold);
      expected = Expected.of(SqlData.GROUP_ROWS, partitions, sql.contains("?") ? threshold : -1);
      run(onDynasql, expected); // checks both answers once before measuring
      run(onH2, expected);
    }

    private static PreparedStatement prepare(Connection c, String sql, long threshold) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql);
      if (sql.contains("?")) ps.setLong(1, threshold);
      return ps;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      dynasql.close();
      h2.close();
      BenchData.delete(dir);
    }
  }

  /** {@link #QUERY}: 1,000 groups of 1,000 rows, no filter. */
  @State(Scope.Benchmark)
  public static class Narrow extends Table {
    @Setup(Level.Trial)
    public void setup() throws SQLException {
      open("groupby", SqlData.GROUP_PARTITIONS, QUERY, -1);
    }
  }

  /** {@link #FILTERED}: 100,000 groups of 10 rows, half of the rows kept by {@code x > 499}. */
  @State(Scope.Benchmark)
  public static class Wide extends Table {
    @Setup(Level.Trial)
    public void setup() throws SQLException {
      open("groupbywide", SqlData.WIDE_PARTITIONS, FILTERED, THRESHOLD);
    }
  }

  /** Runs the statement and checks its answer: how many groups, and the sum of all of them. */
  static long run(PreparedStatement ps, Expected expected) throws SQLException {
    long groups = 0;
    long sum = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        groups++;
        sum += rs.getLong(2);
      }
    }
    if (groups != expected.groups() || sum != expected.sum()) {
      throw new IllegalStateException(String.format(Locale.ROOT, "%d groups summing to %d, expected %s", groups, sum, expected));
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long dynasql(Narrow st) throws SQLException {
    return run(st.onDynasql, st.expected);
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long h2(Narrow st) throws SQLException {
    return run(st.onH2, st.expected);
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long filteredDynasql(Wide st) throws SQLException {
    return run(st.onDynasql, st.expected);
  }

  @Benchmark
  @OperationsPerInvocation(SqlData.GROUP_ROWS)
  public long filteredH2(Wide st) throws SQLException {
    return run(st.onH2, st.expected);
  }
}
