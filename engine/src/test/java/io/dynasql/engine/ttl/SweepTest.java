package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ReturnValue;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a sweep deletes and what it leaves, against
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 * ("Items that have expired and not been deleted will still show up in reads, queries, and
 * scans") and
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html
 * (which items are eligible).
 */
class SweepTest {
  @Test
  void aSweepDeletesExactlyTheExpiredItems() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      f.put("Sessions", "a", 2, "expiresAt", n(f.epochPlus(1000)));
      f.put("Sessions", "a", 3, "expiresAt", s(String.valueOf(f.epochPlus(10))));
      f.put("Sessions", "a", 4, "expiresAt", null);
      f.put("Sessions", "a", 5, "expiresAt", n(f.epochPlus(-6 * 366 * 86_400L)));
      f.clock.advance(Duration.ofSeconds(11));

      SweepReport r = f.db.sweepExpiredItems();
      assertEquals(f.clock.instant(), r.now());
      assertEquals(new SweepReport.TableSweep("Sessions", "expiresAt", 1, 5, 1), r.table("Sessions"));
      assertNull(f.get("Sessions", "a", 1));
      for (long sk = 2; sk <= 5; sk++) assertNotNull(f.get("Sessions", "a", sk), "item " + sk + " is kept");

      f.clock.advance(Duration.ofSeconds(1000));
      assertEquals(1, f.db.sweepExpiredItems().itemsDeleted(), "the second item's time has come");
    }
  }

  @Test
  void expiredItemsNotYetSweptReadQueryScanAndUpdateNormally() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      f.clock.advance(Duration.ofHours(1));

      assertNotNull(f.get("Sessions", "a", 1));
      assertEquals(1, f.db.query(QueryRequest.builder("Sessions").keyCondition("pk = :p")
          .values(Map.of(":p", s("a"))).build()).items().size());
      assertEquals(1, f.db.scan(ScanRequest.builder("Sessions").build()).items().size());
      Map<String, io.dynasql.engine.model.AttributeValue> updated = f.db.updateItem(new UpdateItemRequest("Sessions",
          TtlFixture.key("a", 1), "SET expiresAt = :later", null, Expr.values(Map.of(":later", n(f.epochPlus(60)))),
          ReturnValue.ALL_NEW, false)).item();
      assertEquals(n(f.epochPlus(60)), updated.get("expiresAt"));

      assertEquals(0, f.db.sweepExpiredItems().itemsDeleted(), "the update moved its expiry into the future");
      assertNotNull(f.get("Sessions", "a", 1));
    }
  }

  @Test
  void tablesWithoutTtlOrWithTtlDisabledAreLeftAlone() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      f.clock.advance(Duration.ofHours(1));
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Sessions", TimeToLiveSpecification.disabled("expiresAt")));
      SweepReport r = f.db.sweepExpiredItems();
      assertEquals(0, r.tables().size());
      assertNotNull(f.get("Sessions", "a", 1));
    }
  }

  @Test
  void theAttributeIsTheOneTtlIsEnabledOn() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "ttl", n(f.epochPlus(10)));
      f.put("Sessions", "a", 2, "expiresAt", n(f.epochPlus(10)));
      f.clock.advance(Duration.ofSeconds(11));
      f.db.sweepExpiredItems();
      assertNotNull(f.get("Sessions", "a", 1));
      assertNull(f.get("Sessions", "a", 2));
    }
  }
}
