package io.dynasql.tck.bench;

import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A prepared point write on the full primary key of {@value SqlData#POINT_ROWS} rows, one thread,
 * dynasql ({@code mem:}, sync off): {@code UPDATE ... SET x = x + ?} (one UpdateItem, no read),
 * {@code UPDATE ... SET v = UPPER(CAST(? AS VARCHAR))} (a value SQL computes: read, compute, write if unchanged),
 * and the UPSERT of the same row as the yardstick (issue 9: a prepared point UPDATE at least 0.5x
 * the UPSERT rate); H2 in memory runs the same UPDATE.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlPointUpdateBench {
  static final String INCREMENT = "UPDATE tbl SET x = x + ? WHERE pk = ? AND sk = ?";
  static final String COMPUTED = "UPDATE tbl SET v = UPPER(CAST(? AS VARCHAR)) WHERE pk = ? AND sk = ?";
  static final String UPSERT = "UPSERT INTO tbl (pk, sk, v, x) VALUES (?, ?, ?, ?)";
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** A loaded connection with the three statements prepared. */
  @State(Scope.Benchmark)
  public static class Dynasql {
    Connection conn;
    PreparedStatement increment;
    PreparedStatement computed;
    PreparedStatement upsert;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      conn = DriverManager.getConnection("jdbc:dynasql:mem:update" + NEXT.incrementAndGet());
      SqlData.loadBatched(conn, conn.unwrap(DynasqlConnection.class).database(), SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS);
      increment = conn.prepareStatement(INCREMENT);
      computed = conn.prepareStatement(COMPUTED);
      upsert = conn.prepareStatement(UPSERT);
      if (increment(increment, 12_345) != 1 || computed(computed, 12_345) != 1 || upsert(this, 12_345) != 1) {
        throw new IllegalStateException("wrong update count");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
    }
  }

  /** H2 in memory with the same rows and the same UPDATE prepared. */
  @State(Scope.Benchmark)
  public static class H2 {
    Connection conn;
    PreparedStatement increment;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      conn = DriverManager.getConnection("jdbc:h2:mem:update" + NEXT.incrementAndGet() + SqlData.H2_OPTIONS);
      SqlData.loadH2(conn, SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS);
      increment = conn.prepareStatement(INCREMENT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
    }
  }

  private static long randomRow() {
    return ThreadLocalRandom.current().nextInt(SqlData.POINT_ROWS);
  }

  /** Runs {@link #INCREMENT} on the row. */
  static int increment(PreparedStatement ps, long row) throws SQLException {
    ps.setLong(1, 1);
    return onRow(ps, row);
  }

  /** Runs {@link #COMPUTED} on the row. */
  static int computed(PreparedStatement ps, long row) throws SQLException {
    ps.setString(1, "v" + row);
    return onRow(ps, row);
  }

  private static int onRow(PreparedStatement ps, long row) throws SQLException {
    ps.setString(2, SqlData.pk(row % SqlData.POINT_PARTITIONS));
    ps.setLong(3, row / SqlData.POINT_PARTITIONS);
    return ps.executeUpdate();
  }

  static int upsert(Dynasql st, long row) throws SQLException {
    st.upsert.setString(1, SqlData.pk(row % SqlData.POINT_PARTITIONS));
    st.upsert.setLong(2, row / SqlData.POINT_PARTITIONS);
    st.upsert.setString(3, SqlData.v(row));
    st.upsert.setLong(4, row);
    return st.upsert.executeUpdate();
  }

  @Benchmark
  public int incrementDynasql(Dynasql st) throws SQLException {
    return increment(st.increment, randomRow());
  }

  @Benchmark
  public int computedDynasql(Dynasql st) throws SQLException {
    return computed(st.computed, randomRow());
  }

  @Benchmark
  public int upsertDynasql(Dynasql st) throws SQLException {
    return upsert(st, randomRow());
  }

  @Benchmark
  public int incrementH2(H2 st) throws SQLException {
    return increment(st.increment, randomRow());
  }
}
