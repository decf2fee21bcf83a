package io.dynasql.tck.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * A point query on the primary key of the {@value FederatedData#ORDERS}-row PostgreSQL table,
 * {@value #FEDERATED}, as one PreparedStatement re-executed with a random id, one thread: through
 * a dynasql connection (each execution borrows a pooled connection of the source and sends one
 * remote statement), and the same statement on a plain PostgreSQL connection (the raw floor).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FederatedPointBench {
  static final String FEDERATED = "SELECT amount, status FROM pg.public.orders_pg WHERE id = ?";
  static final String DIRECT = FEDERATED.replace("pg.public.", "");

  /** The tables and the two prepared statements. */
  @State(Scope.Benchmark)
  public static class Data {
    FederatedData data;
    PreparedStatement federated;
    PreparedStatement direct;

    @Setup(Level.Trial)
    public void setup() throws IOException, SQLException {
      data = FederatedData.start("fedpoint");
      federated = data.dynasql.prepareStatement(FEDERATED);
      direct = data.direct.prepareStatement(DIRECT);
      String plan = SqlData.explain(data.dynasql, FEDERATED.replace("?", "424243"));
      if (!plan.contains("WHERE \"id\" = ?")) throw new IllegalStateException("the key is not sent to the source:\n" + plan);
      // order 424243: amount (424243 % 10007) / 100 = 39.49, status SHIPPED (424243 is not a multiple of 3)
      for (PreparedStatement st : new PreparedStatement[] {federated, direct}) {
        st.setLong(1, 424_243);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next() || rs.getBigDecimal(1).compareTo(new BigDecimal("39.49")) != 0 || !"SHIPPED".equals(rs.getString(2))) {
            throw new IllegalStateException("wrong answer for order 424243");
          }
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
      data.close();
    }
  }

  static String query(PreparedStatement st) throws SQLException {
    st.setLong(1, ThreadLocalRandom.current().nextInt(FederatedData.ORDERS));
    try (ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getString(2) : null;
    }
  }

  @Benchmark
  public String federated(Data d) throws SQLException {
    return query(d.federated);
  }

  @Benchmark
  public String direct(Data d) throws SQLException {
    return query(d.direct);
  }
}
