package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random writes of every kind (puts, updates moving items between groups, deletes,
 * transactions, batches, refused conditional writes, TTL deletes) against an in-memory model;
 * after every step the view equals GROUP BY computed from the model, also across close/reopen
 * and REFRESH. The pattern is AWS's aggregation table kept from the table's changes
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html), kept
 * synchronously here.
 */
class RollupRandomTest {
  static final List<RollupAggregate> AGGREGATES = List.of(
      new RollupAggregate(RollupFunction.COUNT_STAR, null, "n"),
      new RollupAggregate(RollupFunction.SUM, "total", "revenue"),
      new RollupAggregate(RollupFunction.AVG, "total", "avg_total"),
      new RollupAggregate(RollupFunction.COUNT, "note", "notes"));

  @Test
  void theViewEqualsTheModelAfterEveryStep(@TempDir Path dir) {
    long seed = Long.getLong("rollup.seed", System.nanoTime());
    Random random = new Random(seed);
    SimulatedClock clock = SimulatedClock.atFixedStart();
    DatabaseOptions options = new DatabaseOptions(64L << 20, false).withClock(clock).withTtl(TtlPolicy.MANUAL);
    Map<String, Map<String, AttributeValue>> model = new HashMap<>();
    Database db = Database.open(dir, options);
    try {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
      db.updateTimeToLive(UpdateTimeToLiveRequest.of("orders", TimeToLiveSpecification.enabled("expiresAt")));
      RandomOrders writes = new RandomOrders(random, clock);
      for (int i = 0; i < 60; i++) writes.step(db, model); // the view is built from what exists
      db.createMaterializedView(new CreateMaterializedViewRequest("by_status", "orders", List.of("status", "region"),
          AGGREGATES));
      check(db, model, seed, -1);
      for (int step = 0; step < 600; step++) {
        writes.step(db, model);
        if (step % 97 == 0) {
          clock.advance(Duration.ofSeconds(random.nextInt(200)));
          db.sweepExpiredItems();
          writes.expire(model);
        }
        if (step % 150 == 149) {
          db.close();
          db = Database.open(dir, options);
        }
        if (step % 211 == 0) db.refreshMaterializedView("by_status");
        check(db, model, seed, step);
      }
    } finally {
      db.close();
    }
  }

  private static void check(Database db, Map<String, Map<String, AttributeValue>> model, long seed, int step) {
    List<Map<String, AttributeValue>> view = db.scan(ScanRequest.builder("by_status").build()).items();
    assertEquals(RollupModel.expected(model), RollupModel.actual(view), "seed " + seed + " (-Drollup.seed), step " + step);
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of("id", s(id));
  }

  static AttributeValue money(Random r) {
    return n(java.math.BigDecimal.valueOf(r.nextInt(100_000) - 20_000, 2));
  }

  static AttributeValue anyN(long v) {
    return n(v);
  }
}
