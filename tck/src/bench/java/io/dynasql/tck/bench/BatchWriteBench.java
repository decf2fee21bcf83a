package io.dynasql.tck.bench;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.codec.PartitionHash;
import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Loading with BatchWriteItem: one thread, and four sharing the database (a parallel loader, whose
 * batches group commit merges), writing batches of {@value #BATCH} new items, scored in items/s
 * over all threads, with sync off ({@code DatabaseOptions.withSync(false)}: a process crash loses nothing
 * committed, a power loss may) and on (every batch flushed to disk before it returns), and the raw
 * lmdbjava floor for the same writes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchWriteBench {
  static final int BATCH = 25;

  @State(Scope.Benchmark)
  public static class Db {
    @Param({"off", "on"})
    public String sync;

    Path dir;
    Database db;
    final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("batch");
      db = BenchData.open(dir, DatabaseOptions.DEFAULT.withSync(sync.equals("on")), false);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      db.close();
      BenchData.delete(dir);
    }
  }

  /**
   * The floor: raw lmdbjava, {@value #BATCH} puts per write transaction, write-mapped, no sync, keys shaped like
   * dynasql's ({@code keyspace | murmur3(pk) | pk}, so they scatter over the B-tree the same way),
   * values encoded with {@link ItemCodec}; no validation, capacity, statistics or group commit.
   */
  @State(Scope.Benchmark)
  public static class Raw {
    Path dir;
    Env<DirectBuffer> env;
    Dbi<DirectBuffer> dbi;
    long next;
    final UnsafeBuffer key = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
    final UnsafeBuffer value = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    final UnsafeBuffer keyView = new UnsafeBuffer(0, 0);
    final UnsafeBuffer valueView = new UnsafeBuffer(0, 0);

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("batch-raw");
      env = BenchData.rawEnv(dir);
      dbi = env.openDbi("data", DbiFlags.MDB_CREATE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      env.close();
      BenchData.delete(dir);
    }
  }

  /** Items are built in the benchmark (new keys every time), as a loader would build them. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public BatchWriteItemResponse batchWrite(Db st) {
    return load(st);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  @Threads(4)
  public BatchWriteItemResponse batchWrite4(Db st) {
    return load(st);
  }

  private static BatchWriteItemResponse load(Db st) {
    long first = st.next.getAndAdd(BATCH);
    List<WriteRequest> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) batch.add(WriteRequest.put(BenchData.item(first + i, -1)));
    return st.db.batchWriteItem(Map.of(BenchData.TABLE, batch));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int rawLmdb(Raw st) {
    try (Txn<DirectBuffer> txn = st.env.txnWrite()) {
      for (int i = 0; i < BATCH; i++) {
        Map<String, AttributeValue> item = BenchData.item(st.next++, -1);
        byte[] pk = BenchData.utf8(((AttributeValue.S) item.get("pk")).value());
        st.key.putInt(0, 1, ByteOrder.BIG_ENDIAN);
        st.key.putInt(4, PartitionHash.hash(pk, 0, pk.length), ByteOrder.BIG_ENDIAN);
        st.key.putBytes(8, pk);
        byte[] v = ItemCodec.encode(item);
        st.value.putBytes(0, v);
        st.keyView.wrap(st.key, 0, 8 + pk.length);
        st.valueView.wrap(st.value, 0, v.length);
        st.dbi.put(txn, st.keyView, st.valueView);
      }
      txn.commit();
    }
    return BATCH;
  }
}
