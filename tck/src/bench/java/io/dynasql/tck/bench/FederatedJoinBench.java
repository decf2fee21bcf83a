package io.dynasql.tck.bench;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * A join of the {@value FederatedData#ORDERS}-row PostgreSQL table {@code orders_pg} with the
 * dynasql table {@code customers} on a selective predicate of the dynasql side (one region:
 * {@value FederatedData#PER_REGION} customers, {@value FederatedData#ORDERS_PER_REGION} orders),
 * a random region each time, one thread, every row read: federated through dynasql (semi-join
 * reduction sends the customers' ids as one {@code IN (?, ...)} batch), the same join with both
 * tables inside PostgreSQL, and the federated join with the reduction defeated (the keys compared
 * as text, so the source's table is read whole). Setup checks the answers against
 * PostgreSQL's, the plans, and that the label's row count is what pg_stat_statements recorded.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FederatedJoinBench {
  static final String FEDERATED = "SELECT c.name, o.id, o.amount FROM customers c JOIN pg.public.orders_pg o "
      + "ON o.customer_id = c.id WHERE c.region = ?";
  static final String INSIDE_POSTGRES = FEDERATED.replace("pg.public.", "");
  /**
   * The same join on the keys' text: the remote column under a CAST is no key semi-join reduction
   * can send (and Calcite does not simplify it away, as it does {@code + 0}).
   */
  static final String NO_REDUCTION = FEDERATED.replace("o.customer_id = c.id",
      "CAST(o.customer_id AS VARCHAR(20)) = CAST(c.id AS VARCHAR(20))");

  /** The tables, and one prepared statement for each way of running the join. */
  @State(Scope.Benchmark)
  public static class Data {
    FederatedData data;
    PreparedStatement federated;
    PreparedStatement insidePostgres;
    PreparedStatement noReduction;

    @Setup(Level.Trial)
    public void setup() throws IOException, SQLException {
      data = FederatedData.start("fedjoin");
      Notes.put("FederatedJoinBench.load.postgres", data.loadSeconds);
      federated = data.dynasql.prepareStatement(FEDERATED);
      insidePostgres = data.direct.prepareStatement(INSIDE_POSTGRES);
      noReduction = data.dynasql.prepareStatement(NO_REDUCTION);
      expectPlan(FEDERATED.replace("?", "'r007'"), "RemoteLookupJoin");
      expectPlan(NO_REDUCTION.replace("?", "'r007'"), "RemoteEnumerableScan");
      List<String> expected = rows(insidePostgres, "r007");
      if (expected.size() != FederatedData.ORDERS_PER_REGION) throw new IllegalStateException("PostgreSQL answered " + expected.size() + " rows");
      if (!expected.equals(rows(federated, "r007"))) throw new IllegalStateException("the federated join answers differently");
      if (!expected.equals(rows(noReduction, "r007"))) throw new IllegalStateException("the unreduced join answers differently");
      StatementStats.Check check = StatementStats.check(data.direct, federated, "r042");
      Notes.put("FederatedJoinBench.labelRows", check.labelRows());
      Notes.put("FederatedJoinBench.pgStatRows", check.pgStatRows());
      Notes.put("FederatedJoinBench.pgStatCalls", check.pgStatCalls());
    }

    private void expectPlan(String sql, String node) throws SQLException {
      String plan = SqlData.explain(data.dynasql, sql);
      if (!plan.contains(node)) throw new IllegalStateException("expected " + node + " for " + sql + ", planned:\n" + plan);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
      data.close();
    }
  }

  /** The rows of a join for one region, as sorted text. */
  static List<String> rows(PreparedStatement st, String region) throws SQLException {
    st.setString(1, region);
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) out.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
    }
    Collections.sort(out);
    return out;
  }

  /** Runs the join for a random region and reads every row; returns the number of rows. */
  static long run(PreparedStatement st) throws SQLException {
    st.setString(1, FederatedData.region(ThreadLocalRandom.current().nextInt(FederatedData.REGIONS)));
    long n = 0;
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        rs.getString(1);
        n += rs.getLong(2) + rs.getBigDecimal(3).signum();
      }
    }
    return n;
  }

  @Benchmark
  public long federated(Data d) throws SQLException {
    return run(d.federated);
  }

  @Benchmark
  public long insidePostgres(Data d) throws SQLException {
    return run(d.insidePostgres);
  }

  @Benchmark
  public long federatedNoReduction(Data d) throws SQLException {
    return run(d.noReduction);
  }
}
