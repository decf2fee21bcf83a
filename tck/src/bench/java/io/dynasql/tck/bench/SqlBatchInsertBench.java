package io.dynasql.tck.bench;

import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.table.KeyBuilder;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Dbi;
import org.lmdbjava.DirectBufferProxy;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.Txn;

/**
 * Loading new rows through JDBC into a durable file database ({@code jdbc:dynasql:<dir>}, every
 * commit flushed to disk before it returns), autoCommit on, one thread, scored in rows/s: a
 * prepared INSERT batch of {@value #BATCH} rows per {@code executeBatch} (BatchWriteItem semantics,
 * as few durable commits as the keys allow) against the same INSERT run by {@code executeUpdate}
 * once a row (one durable commit each), which is what a batch cost before (issue 10: a batch at
 * least 50,000 rows/s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqlBatchInsertBench {
  static final int BATCH = 1_000;
  static final String INSERT = "INSERT INTO loaded (pk, sk, v, x) VALUES (?, ?, ?, ?)";

  /** An empty table in a fresh durable database, the INSERT prepared. */
  @State(Scope.Benchmark)
  public static class Db {
    Path dir;
    Connection conn;
    PreparedStatement insert;
    final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      dir = BenchData.tempDir("sql-batch");
      conn = DriverManager.getConnection("jdbc:dynasql:" + dir);
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE loaded (pk VARCHAR, sk BIGINT, v VARCHAR, x BIGINT, PRIMARY KEY (pk, sk))");
      }
      insert = conn.prepareStatement(INSERT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
      BenchData.delete(dir);
    }
  }

  private static void bind(Db st, long row) throws SQLException {
    st.insert.setString(1, SqlData.pk(row % SqlData.POINT_PARTITIONS));
    st.insert.setLong(2, row);
    st.insert.setString(3, SqlData.v(row));
    st.insert.setLong(4, row);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int[] batch(Db st) throws SQLException {
    long first = st.next.getAndAdd(BATCH);
    for (int i = 0; i < BATCH; i++) {
      bind(st, first + i);
      st.insert.addBatch();
    }
    int[] counts = st.insert.executeBatch();
    if (counts.length != BATCH) throw new IllegalStateException(counts.length + " counts for " + BATCH + " rows");
    return counts;
  }

  /**
   * The floor: raw lmdbjava opened as a durable dynasql database is (copy-on-write, every commit
   * synced), {@value #BATCH} puts per write transaction, the same rows under the same physical keys
   * ({@code keyspace | murmur3(pk) | pk | sk}, so a batch of 1,000 partitions out of 10,000 dirties
   * as many leaf pages as dynasql's does) and values encoded with {@link ItemCodec}; no SQL,
   * validation, capacity, statistics or group commit.
   */
  @State(Scope.Benchmark)
  public static class Raw {
    static final KeySchema KEYS = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);
    Path dir;
    Env<DirectBuffer> env;
    Dbi<DirectBuffer> dbi;
    long next;
    final UnsafeBuffer key = new UnsafeBuffer(ByteBuffer.allocateDirect(256));
    final UnsafeBuffer value = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("sql-batch-raw");
      env = Env.create(DirectBufferProxy.PROXY_DB).setMapSize(1L << 32).setMaxDbs(1)
          .open(dir.toFile(), EnvFlags.MDB_NOTLS);
      dbi = env.openDbi("data", DbiFlags.MDB_CREATE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      env.close();
      BenchData.delete(dir);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int rawLmdb(Raw st) {
    try (Txn<DirectBuffer> txn = st.env.txnWrite()) {
      for (int i = 0; i < BATCH; i++) {
        long row = st.next++;
        Map<String, AttributeValue> item = Map.of(
            "pk", new AttributeValue.S(SqlData.pk(row % SqlData.POINT_PARTITIONS)),
            "sk", AttributeValue.n(row), "v", new AttributeValue.S(SqlData.v(row)), "x", AttributeValue.n(row));
        ByteWriter k = KeyBuilder.get().itemKey(1, Raw.KEYS, item);
        st.key.putBytes(0, k.buffer(), 0, k.length());
        byte[] v = ItemCodec.encode(item);
        st.value.putBytes(0, v);
        st.dbi.put(txn, new UnsafeBuffer(st.key, 0, k.length()), new UnsafeBuffer(st.value, 0, v.length));
      }
      txn.commit();
    }
    return BATCH;
  }

  @Benchmark
  public int perRow(Db st) throws SQLException {
    bind(st, st.next.getAndIncrement());
    return st.insert.executeUpdate();
  }
}
