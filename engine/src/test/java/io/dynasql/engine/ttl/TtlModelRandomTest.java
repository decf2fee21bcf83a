package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random writes, clock moves, sweeps and reopens against an in-memory model that applies
 * the documented expiry rule on its own (top-level Number epoch seconds, less than now, not more
 * than five years old:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html).
 * After every step the table, and its global index, hold exactly the model's items. The seed is
 * printed in every failure.
 */
class TtlModelRandomTest {
  @Test
  void sweepsAgreeWithTheModel(@TempDir Path dir) {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> model = new HashMap<>();
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL)) {
      f.db.createTable(CreateTableRequest.of("Random", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
          .withGlobalIndexes(SecondaryIndex.all("ByGroup", KeySchema.of("grp", AttributeType.S, "sk", AttributeType.N))));
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Random", TimeToLiveSpecification.enabled("exp")));
      for (int step = 0; step < 400; step++) {
        Map<String, AttributeValue> key = TtlFixture.key("p" + random.nextInt(4), random.nextInt(25));
        int op = random.nextInt(20);
        if (op < 8) {
          Map<String, AttributeValue> item = new HashMap<>(key);
          item.put("grp", s("g" + random.nextInt(3)));
          AttributeValue exp = expiry(random, f.clock.instant());
          if (exp != null) item.put("exp", exp);
          f.db.putItem(PutItemRequest.of("Random", item));
          model.put(key, item);
        } else if (op < 11) {
          AttributeValue exp = n(f.clock.instant().getEpochSecond() + random.nextInt(600) - 300);
          f.db.updateItem(UpdateItemRequest.of("Random", key, "SET exp = :e", Expr.values(Map.of(":e", exp))));
          Map<String, AttributeValue> item = new HashMap<>(model.getOrDefault(key, key));
          item.put("exp", exp);
          model.put(key, item);
        } else if (op < 13) {
          f.db.deleteItem(DeleteItemRequest.of("Random", key));
          model.remove(key);
        } else if (op < 17) {
          f.clock.advance(Duration.ofSeconds(random.nextInt(400)));
        } else if (op < 19) {
          long deleted = f.db.sweepExpiredItems().itemsDeleted();
          Instant now = f.clock.instant();
          int before = model.size();
          model.values().removeIf(item -> expired(item, now));
          assertEquals(before - model.size(), deleted, "items the sweep deleted (seed " + seed + ", step " + step + ")");
        } else {
          f.reopen();
        }
        assertEquals(new HashSet<>(model.values()), scan(f, null), "table (seed " + seed + ", step " + step + ")");
        Set<Map<String, AttributeValue>> grouped = new HashSet<>();
        for (Map<String, AttributeValue> item : model.values()) if (item.containsKey("grp")) grouped.add(item);
        assertEquals(grouped, scan(f, "ByGroup"), "global index (seed " + seed + ", step " + step + ")");
      }
    }
  }

  /** A random expiry value: soon, later, long past, a String, or none. */
  private static AttributeValue expiry(Random random, Instant now) {
    long sec = now.getEpochSecond();
    switch (random.nextInt(5)) {
      case 0: return n(sec + random.nextInt(600) - 100);
      case 1: return n(sec + 100_000);
      case 2: return n(sec - 6L * 366 * 86_400 - random.nextInt(1000));
      case 3: return s(String.valueOf(sec - 10));
      default: return null;
    }
  }

  /** The model's own statement of the rule, on whole seconds. */
  private static boolean expired(Map<String, AttributeValue> item, Instant now) {
    if (!(item.get("exp") instanceof AttributeValue.N n)) return false;
    long at = n.value().longValueExact();
    long fiveYearsAgo = now.atOffset(ZoneOffset.UTC).minusYears(5).toEpochSecond();
    return at < now.getEpochSecond() && at >= fiveYearsAgo; // now has no fraction on this clock
  }

  private static Set<Map<String, AttributeValue>> scan(TtlFixture f, String index) {
    Set<Map<String, AttributeValue>> out = new HashSet<>();
    Map<String, AttributeValue> start = null;
    do {
      var page = f.db.scan(ScanRequest.builder("Random").index(index).exclusiveStartKey(start).build());
      out.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null);
    return out;
  }
}
