package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.ItemOperations;
import io.dynasql.engine.ops.TableOperations;
import io.dynasql.engine.ops.TimeToLiveOperations;
import io.dynasql.engine.store.LmdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep reads a page, then deletes in a later write transaction; what happens in between wins.
 * The test runs the two halves itself over the engine, with a user's write between them: an
 * update that moves an item's expiry into the future keeps it, and a table whose TTL was turned
 * off keeps all its items. Semantics: an item is deleted only while it is expired
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html).
 */
class StillExpiredTest {
  @Test
  void anUpdateBetweenTheReadAndTheDeleteWins(@TempDir Path dir) {
    int deleted = betweenReadAndDelete(dir, (engine) -> new ItemOperations(engine).updateItem(UpdateItemRequest.of(
        "Sessions", TtlFixture.key("a", 2), "SET expiresAt = :later",
        Expr.values(Map.of(":later", n(engine.clock().instant().getEpochSecond() + 60))))));
    assertEquals(1, deleted);
    assertGone(dir, 1, true);
    assertGone(dir, 2, false);
  }

  @Test
  void ttlTurnedOffBetweenTheReadAndTheDeleteKeepsEverything(@TempDir Path dir) {
    int deleted = betweenReadAndDelete(dir, (engine) -> new TimeToLiveOperations(engine).updateTimeToLive(
        UpdateTimeToLiveRequest.of("Sessions", TimeToLiveSpecification.disabled("expiresAt"))));
    assertEquals(0, deleted);
    assertGone(dir, 1, false);
    assertGone(dir, 2, false);
  }

  @Test
  void aTableDroppedAndCreatedAgainBetweenTheReadAndTheDeleteIsLeftAlone(@TempDir Path dir) {
    int deleted = betweenReadAndDelete(dir, (engine) -> {
      TableOperations tables = new TableOperations(engine);
      tables.deleteTable("Sessions");
      tables.createTable(CreateTableRequest.of("Sessions", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
      new ItemOperations(engine).putItem(PutItemRequest.of("Sessions", Map.of("pk", s("a"), "sk", n(1),
          "expiresAt", n(engine.clock().instant().getEpochSecond() - 60))));
    });
    assertEquals(0, deleted, "the new table's item has the old key but is not the old table's");
    assertGone(dir, 1, false);
  }

  /** Two expired items; reads the page, runs {@code between}, then the delete; returns how many it deleted. */
  private static int betweenReadAndDelete(Path dir, Consumer<Engine> between) {
    TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL);
    try (f) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      f.put("Sessions", "a", 2, "expiresAt", n(f.epochPlus(10)));
      f.clock.advance(Duration.ofHours(1)); // expired, and TTL may be changed again
    }
    try (LmdbStore store = LmdbStore.open(dir, 64L << 20, false)) {
      Engine engine = Engine.over(store, f.clock, "us-east-1");
      try {
        TableDescriptor t = store.read(txn -> engine.catalog().table(txn, "Sessions"));
        Instant now = f.clock.instant();
        ExpiredPage page = ExpiredPage.read(engine, t, "expiresAt", null, now);
        assertEquals(2, page.expiredKeys().size());
        between.accept(engine);
        return engine.writer().submit(ExpiredDeletes.task(engine, t, "expiresAt", page.expiredKeys(), now));
      } finally {
        engine.writer().close();
      }
    }
  }

  private static void assertGone(Path dir, long sk, boolean gone) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL)) {
      var item = f.db.getItem(GetItemRequest.of("Sessions", TtlFixture.key("a", sk))).item();
      if (gone) assertNull(item, "item " + sk);
      else assertNotNull(item, "item " + sk);
    }
  }
}
