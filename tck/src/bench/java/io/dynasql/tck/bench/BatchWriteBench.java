package io.dynasql.tck.bench;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.WriteRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * Loading with BatchWriteItem: one thread writing batches of {@value #BATCH} new items, scored in
 * items/s, with sync off ({@code DatabaseOptions.withSync(false)}: a process crash loses nothing
 * committed, a power loss may) and on (every batch flushed to disk before it returns).
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
    long next;

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

  /** Items are built in the benchmark (new keys every time), as a loader would build them. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public BatchWriteItemResponse batchWrite(Db st) {
    List<WriteRequest> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) batch.add(WriteRequest.put(BenchData.item(st.next++, -1)));
    return st.db.batchWriteItem(Map.of(BenchData.TABLE, batch));
  }
}
