package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.n;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The write cost of change data: PutItem/s, one thread, sync off (so the CPU and LMDB work of the
 * change log shows rather than fsync), on a random key of {@value BenchData#ITEMS} (new items
 * first, then overwrites whose value always changes, so every put makes a record) into a table
 * with no stream and with a {@code NEW_AND_OLD_IMAGES} stream, whose record (both images) is
 * appended to the change log in the put's own LMDB transaction.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChangeCostBench {

  /** A temporary database with one table, its stream as {@link #stream} says. */
  @State(Scope.Benchmark)
  public static class Db {
    /** {@code off}, or a stream view type. */
    @Param({"off", "NEW_AND_OLD_IMAGES"})
    public String stream;

    Database db;
    final AtomicLong version = new AtomicLong();

    @Setup(Level.Trial)
    public void setup() {
      db = Database.temporary(new DatabaseOptions(256L << 20, false));
      CreateTableRequest table = CreateTableRequest.of(BenchData.TABLE, KeySchema.of("pk", AttributeType.S));
      if (!"off".equals(stream)) {
        table = table.withStream(StreamSpecification.enabled(StreamViewType.valueOf(stream)));
      }
      db.createTable(table);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      db.close();
    }
  }

  @Benchmark
  public ItemResponse putItem(Db st) {
    Map<String, AttributeValue> item = BenchData.item(ThreadLocalRandom.current().nextInt(BenchData.ITEMS), -1);
    item.put("version", n(st.version.incrementAndGet())); // always a change: every put has its record
    return st.db.putItem(PutItemRequest.of(BenchData.TABLE, item));
  }
}
