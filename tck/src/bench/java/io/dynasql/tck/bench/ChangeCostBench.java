package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.n;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import io.dynasql.engine.model.StreamViewType;
import java.util.List;
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
 * with nothing attached ({@code none}), with a {@code NEW_AND_OLD_IMAGES} stream ({@code stream}),
 * whose record (both images) is appended to the change log in the put's own LMDB transaction, and
 * with a materialized view ({@code view}: COUNT(*) and SUM(score) grouped by age, 60 groups,
 * docs/rollups.md), whose group item is updated in the same transaction.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChangeCostBench {

  /** A temporary database with one table and what {@link #change} attaches to it. */
  @State(Scope.Benchmark)
  public static class Db {
    /** {@code none}, {@code stream} (NEW_AND_OLD_IMAGES) or {@code view} (a maintained materialized view). */
    @Param({"none", "stream", "view"})
    public String change;

    Database db;
    final AtomicLong version = new AtomicLong();

    @Setup(Level.Trial)
    public void setup() {
      db = Database.temporary(new DatabaseOptions(256L << 20, false));
      CreateTableRequest table = CreateTableRequest.of(BenchData.TABLE, KeySchema.of("pk", AttributeType.S));
      if (change.equals("stream")) table = table.withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
      db.createTable(table);
      if (change.equals("view")) {
        db.createMaterializedView(new CreateMaterializedViewRequest("BenchByAge", BenchData.TABLE, List.of("age"),
            List.of(new RollupAggregate(RollupFunction.COUNT_STAR, null, "n"),
                new RollupAggregate(RollupFunction.SUM, "score", "scores"))));
      }
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
