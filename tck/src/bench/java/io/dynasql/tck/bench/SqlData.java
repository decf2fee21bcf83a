package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL benchmarks' table, the same in dynasql and H2: {@value #DDL}. Row {@code i} of a table
 * of {@code partitions} partitions is partition {@code i % partitions}, sort key
 * {@code i / partitions}, so every partition holds the same number of rows. The table is
 * {@code tbl}, not {@code t}: dynasql keeps DynamoDB's rule that a table name has at least three
 * characters. H2 connections are opened with {@link #H2_OPTIONS}.
 */
final class SqlData {
  static final String TABLE = "tbl";
  static final String DDL = "CREATE TABLE tbl (pk VARCHAR, sk BIGINT, v VARCHAR, x BIGINT, PRIMARY KEY (pk, sk))";
  /**
   * H2 URL settings: H2 otherwise hands back a query's previous result when its tables and
   * parameters have not changed, which would make the GROUP BY measure a cache.
   */
  static final String H2_OPTIONS = ";OPTIMIZE_REUSE_RESULTS=FALSE";
  /** Rows of the point-query table, in {@value #POINT_PARTITIONS} partitions of 10. */
  static final int POINT_ROWS = 100_000;
  static final int POINT_PARTITIONS = 10_000;
  /** Rows of the GROUP BY tables, in {@value #GROUP_PARTITIONS} partitions (groups) of 1,000. */
  static final int GROUP_ROWS = 1_000_000;
  static final int GROUP_PARTITIONS = 1_000;
  /** Partitions (groups) of the filtered GROUP BY's table: 10 rows each. */
  static final int WIDE_PARTITIONS = 100_000;
  /** Actions per {@code writeAtomically} when loading the GROUP BY table. */
  static final int ATOMIC_BATCH = 5_000;

  private SqlData() {}

  /** {@code p0000042}: fixed width, so key order is numeric order. */
  static String pk(long p) {
    String digits = Long.toString(p);
    return "p" + "0000000".substring(Math.min(7, digits.length())) + digits;
  }

  static String v(long i) {
    return "value-" + i;
  }

  /** 0..999, varying inside a partition too (so a filter on x keeps part of every group). */
  static long x(long i, int partitions) {
    return (i + i / partitions) % 1_000;
  }

  static Map<String, AttributeValue> item(long i, int partitions) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("pk", s(pk(i % partitions)));
    m.put("sk", n(i / partitions));
    m.put("v", s(v(i)));
    m.put("x", n(x(i, partitions)));
    return m;
  }

  /** Creates the table with DDL and loads it through the engine API with BatchWriteItem, 25 items per call. */
  static void loadBatched(Connection dynasql, Database db, int rows, int partitions) throws SQLException {
    try (Statement st = dynasql.createStatement()) {
      st.execute(DDL);
    }
    List<WriteRequest> batch = new ArrayList<>(25);
    for (long i = 0; i < rows; i++) {
      batch.add(WriteRequest.put(item(i, partitions)));
      if (batch.size() == 25 || i == rows - 1) {
        BatchWriteItemResponse r = db.batchWriteItem(Map.of(TABLE, List.copyOf(batch)));
        if (!r.unprocessedItems().isEmpty()) throw new IllegalStateException("unprocessed writes: " + r.unprocessedItems());
        batch.clear();
      }
    }
  }

  /**
   * An on-disk database in {@code dir} holding the table: DDL through JDBC, then the rows through
   * the engine API with sync off ({@code writeAtomically}, {@value #ATOMIC_BATCH} puts per call),
   * with no connection open. Returns the seconds the rows took (the DDL excluded).
   */
  static double loadOnDisk(Path dir, int rows, int partitions) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + dir); Statement st = c.createStatement()) {
      st.execute(DDL);
    }
    long start = System.nanoTime();
    try (Database db = Database.open(dir, DatabaseOptions.DEFAULT.withSync(false))) {
      List<TransactWriteItem> batch = new ArrayList<>(ATOMIC_BATCH);
      for (long i = 0; i < rows; i++) {
        batch.add(new TransactWriteItem.Put(PutItemRequest.of(TABLE, item(i, partitions))));
        if (batch.size() == ATOMIC_BATCH || i == rows - 1) {
          db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(batch, false));
          batch.clear();
        }
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Creates the table in H2 and fills it with one {@code INSERT ... SELECT} over
   * {@code SYSTEM_RANGE}, computing the same rows as {@link #item}.
   */
  static void loadH2(Connection h2, int rows, int partitions) throws SQLException {
    try (Statement st = h2.createStatement()) {
      st.execute(DDL);
      st.execute("INSERT INTO tbl SELECT 'p' || LPAD(CAST(MOD(X, " + partitions + ") AS VARCHAR), 7, '0'), X / " + partitions
          + ", 'value-' || X, MOD(X + X / " + partitions + ", 1000) FROM SYSTEM_RANGE(0, " + (rows - 1) + ")");
    }
  }

  /** The text of {@code EXPLAIN PLAN FOR sql} on a dynasql connection. */
  static String explain(Connection dynasql, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement st = dynasql.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) plan.append(rs.getString(1)).append('\n');
    }
    return plan.toString();
  }

  /** Fails unless dynasql plans {@code sql} with {@code access} (as {@code access=GET}). */
  static void expectAccess(Connection dynasql, String sql, String access) throws SQLException {
    String plan = explain(dynasql, sql);
    if (!plan.contains(access)) throw new IllegalStateException("expected " + access + " for " + sql + ", planned:\n" + plan);
  }
}
