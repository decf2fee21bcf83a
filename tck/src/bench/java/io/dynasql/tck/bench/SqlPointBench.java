package io.dynasql.tck.bench;

import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * A point query on the full primary key, {@code SELECT v FROM tbl WHERE pk = ? AND sk = ?}, for a
 * random existing key of {@value SqlData#POINT_ROWS} rows, one thread, dynasql ({@code mem:}
 * database) against H2 in memory holding the same rows: as one PreparedStatement re-executed
 * ({@code prepared*}), and as plain Statement text with the key's literals in it, different each
 * time, as BI tools send it ({@code literal*}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlPointBench {
  static final String PREPARED = "SELECT v FROM tbl WHERE pk = ? AND sk = ?";
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** One connection with the table loaded, a PreparedStatement and a Statement on it. */
  public abstract static class Db {
    Connection conn;
    PreparedStatement prepared;
    Statement plain;

    abstract Connection open(String name) throws SQLException;

    abstract void load() throws SQLException;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      conn = open("point" + NEXT.incrementAndGet());
      load();
      prepared = conn.prepareStatement(PREPARED);
      plain = conn.createStatement();
      if (!SqlData.v(12_345).equals(preparedQuery(this, 12_345))) throw new IllegalStateException("wrong answer");
      if (!SqlData.v(12_345).equals(literalQuery(this, 12_345))) throw new IllegalStateException("wrong answer");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Dynasql extends Db {
    @Override
    Connection open(String name) throws SQLException {
      return DriverManager.getConnection("jdbc:dynasql:mem:" + name);
    }

    @Override
    void load() throws SQLException {
      SqlData.loadBatched(conn, conn.unwrap(DynasqlConnection.class).database(), SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS);
      SqlData.expectAccess(conn, "SELECT v FROM tbl WHERE pk = 'p0000001' AND sk = 1", "access=GET");
    }
  }

  @State(Scope.Benchmark)
  public static class H2 extends Db {
    @Override
    Connection open(String name) throws SQLException {
      return DriverManager.getConnection("jdbc:h2:mem:" + name + SqlData.H2_OPTIONS);
    }

    @Override
    void load() throws SQLException {
      SqlData.loadH2(conn, SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS);
    }
  }

  static String preparedQuery(Db st, long row) throws SQLException {
    st.prepared.setString(1, SqlData.pk(row % SqlData.POINT_PARTITIONS));
    st.prepared.setLong(2, row / SqlData.POINT_PARTITIONS);
    try (ResultSet rs = st.prepared.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static String literalQuery(Db st, long row) throws SQLException {
    String sql = "SELECT v FROM tbl WHERE pk = '" + SqlData.pk(row % SqlData.POINT_PARTITIONS)
        + "' AND sk = " + row / SqlData.POINT_PARTITIONS;
    try (ResultSet rs = st.plain.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static long randomRow() {
    return ThreadLocalRandom.current().nextInt(SqlData.POINT_ROWS);
  }

  @Benchmark
  public String preparedDynasql(Dynasql st) throws SQLException {
    return preparedQuery(st, randomRow());
  }

  @Benchmark
  public String preparedH2(H2 st) throws SQLException {
    return preparedQuery(st, randomRow());
  }

  @Benchmark
  public String literalDynasql(Dynasql st) throws SQLException {
    return literalQuery(st, randomRow());
  }

  @Benchmark
  public String literalH2(H2 st) throws SQLException {
    return literalQuery(st, randomRow());
  }
}
