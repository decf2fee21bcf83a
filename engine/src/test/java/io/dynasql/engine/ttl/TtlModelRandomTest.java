package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.model.StreamViewType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * After every step the table, and its global index, hold exactly the model's items; at the end
 * the stream holds one REMOVE by the TTL service per item the sweeps deleted. The seed is
 * printed in every failure.
 */
class TtlModelRandomTest {
  @Test
  void sweepsAgreeWithTheModel(@TempDir Path dir) {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> model = new HashMap<>();
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL)) {
      String arn = f.db.createTable(CreateTableRequest.of("Random", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
          .withGlobalIndexes(SecondaryIndex.all("ByGroup", KeySchema.of("grp", AttributeType.S, "sk", AttributeType.N)))
          .withStream(StreamSpecification.enabled(StreamViewType.OLD_IMAGE))).latestStreamArn();
      long swept = 0;
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
          swept += deleted;
        } else {
          f.reopen();
        }
        assertEquals(new HashSet<>(model.values()), scan(f, null), "table (seed " + seed + ", step " + step + ")");
        Set<Map<String, AttributeValue>> grouped = new HashSet<>();
        for (Map<String, AttributeValue> item : model.values()) if (item.containsKey("grp")) grouped.add(item);
        assertEquals(grouped, scan(f, "ByGroup"), "global index (seed " + seed + ", step " + step + ")");
      }
      assertTrue(swept > 0, "the run swept something (seed " + seed + ")");
      List<StreamEvent> byService = serviceRecords(f, arn);
      assertEquals(swept, byService.size(), "one stream record per TTL deletion (seed " + seed + ")");
      for (StreamEvent e : byService) {
        assertEquals(OperationType.REMOVE, e.eventName(), "seed " + seed);
        assertTrue(e.dynamodb().oldImage().get("exp") instanceof AttributeValue.N, "seed " + seed);
      }
    }
  }

  /** The stream's records made by the TTL service, from every shard. */
  private static List<StreamEvent> serviceRecords(TtlFixture f, String arn) {
    List<StreamEvent> out = new ArrayList<>();
    for (Shard shard : f.db.describeStream(DescribeStreamRequest.of(arn)).shards()) {
      String it = f.db.getShardIterator(GetShardIteratorRequest.of(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON))
          .shardIterator();
      while (it != null) {
        GetRecordsResponse r = f.db.getRecords(GetRecordsRequest.of(it));
        for (StreamEvent e : r.records()) if (e.userIdentity() != null) out.add(e);
        if (r.records().isEmpty()) break;
        it = r.nextShardIterator();
      }
    }
    return out;
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
