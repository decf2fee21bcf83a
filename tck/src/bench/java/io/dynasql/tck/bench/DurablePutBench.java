package io.dynasql.tck.bench;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable PutItem ({@link DatabaseOptions#DEFAULT}: every commit is flushed to disk before the
 * caller returns) of new items into a table of {@value BenchData#ITEMS}, from 1 thread and from 8. Group commit lets the 8 callers share
 * one fsync, so 8 threads should reach several times the 1-thread rate. Scores are total ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DurablePutBench {

  @State(Scope.Benchmark)
  public static class Db {
    Path dir;
    Database db;
    final AtomicLong next = new AtomicLong();

    /**
     * Starts from the {@value BenchData#ITEMS}-item table (loaded with sync off, then reopened
     * durable), so the puts land in a grown B-tree and file rather than an empty one.
     */
    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("put");
      try (Database loading = BenchData.open(dir, DatabaseOptions.DEFAULT.withSync(false), false)) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < BenchData.ITEMS; i++) items.add(BenchData.item(i, -1));
        BenchData.load(loading, items);
      }
      db = Database.open(dir, DatabaseOptions.DEFAULT);
      next.set(BenchData.ITEMS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      db.close();
      BenchData.delete(dir);
    }
  }

  @Benchmark
  @Threads(1)
  public ItemResponse threads1(Db st) {
    return put(st);
  }

  @Benchmark
  @Threads(8)
  public ItemResponse threads8(Db st) {
    return put(st);
  }

  private static ItemResponse put(Db st) {
    return st.db.putItem(PutItemRequest.of(BenchData.TABLE, BenchData.item(st.next.getAndIncrement(), -1)));
  }
}
