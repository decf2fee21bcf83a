package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.StreamViewType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads' writes, group-committed together and some failing their condition inside a
 * group, still give exactly one record per change, in each item's order.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html ("Each stream
 * record appears exactly once in the stream"; "the stream records appear in the same sequence as
 * the actual modifications to the item")
 */
class ConcurrentWritersTest {
  @Test
  void groupCommittedWritesAppearExactlyOnceInItemOrder() throws Exception {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Counters", StreamViewType.NEW_IMAGE);
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        String pk = "c" + t;
        done.add(pool.submit(() -> {
          Map<String, AttributeValue> key = Map.of("pk", s(pk), "sk", n(0));
          f.db.putItem(PutItemRequest.of("Counters", Map.of("pk", s(pk), "sk", n(0), "v", n(0))));
          int refused = 0;
          for (int i = 1; i <= 60; i++) {
            f.db.updateItem(UpdateItemRequest.of("Counters", key, "SET v = :v", Expr.values(Map.of(":v", n(i)))));
            try { // never holds: a failed condition in the middle of a group must leave no record behind
              f.db.updateItem(UpdateItemRequest.of("Counters", key, "SET v = :w", Expr.values(Map.of(":w", n(-1), ":z", n(i + 1))))
                  .withCondition("v = :z"));
            } catch (ConditionalCheckFailedException e) {
              refused++;
            }
          }
          return refused;
        }));
      }
      for (Future<Integer> d : done) assertEquals(60, d.get());
      pool.shutdown();

      Map<AttributeValue, List<Long>> byItem = new HashMap<>();
      for (StreamEvent e : f.readAll(arn)) {
        byItem.computeIfAbsent(e.dynamodb().keys().get("pk"), k -> new ArrayList<>())
            .add(((AttributeValue.N) e.dynamodb().newImage().get("v")).value().longValue());
      }
      List<Long> expected = new ArrayList<>();
      for (long i = 0; i <= 60; i++) expected.add(i);
      assertEquals(6, byItem.size());
      byItem.values().forEach(values -> assertEquals(expected, values));
    }
  }
}
