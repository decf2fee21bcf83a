package io.dynasql.engine.backup;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.IndexSelection;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.error.InvalidRestoreTimeException;
import io.dynasql.engine.error.PointInTimeRecoveryUnavailableException;
import io.dynasql.engine.error.TableAlreadyExistsException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.PointInTimeRecoveryStatus;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.model.TimeToLiveStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RestoreTableToPointInTime against AWS's documentation: a new table with the data as of the
 * chosen second, GSIs and LSIs included (or left out by the overrides), stream, TTL and
 * point-in-time recovery settings not carried, InvalidRestoreTimeException outside the window,
 * PointInTimeRecoveryUnavailableException when recovery is off, TableAlreadyExistsException for
 * an existing target (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html).
 */
class PointInTimeRestoreTest {
  @TempDir Path dir;

  @Test
  void theRestoredTableHoldsTheItemsAsTheyWereAtTheSecond() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.put("orders", "alice", 1, "NEW", 10); // before recovery was on: in the base
      f.enablePitr("orders");
      f.clock.advance(Duration.ofMinutes(1));
      f.put("orders", "bob", 2, "NEW", 20);
      f.clock.advance(Duration.ofMinutes(1));
      Instant then = f.clock.instant();
      f.clock.advance(Duration.ofSeconds(1));
      f.put("orders", "alice", 1, "PAID", 10);
      f.db.deleteItem(DeleteItemRequest.of("orders", BackupFixture.key("bob", 2)));
      f.put("orders", "carol", 3, "NEW", 30);
      f.clock.advance(Duration.ofMinutes(10));

      f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.at("orders", "orders_then", then));
      assertEquals(Map.of("alice/1", BackupFixture.item("alice", 1, "NEW", 10), "bob/2", BackupFixture.item("bob", 2, "NEW", 20)),
          f.items("orders_then"));
      f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.latest("orders", "orders_now"));
      assertEquals(f.items("orders"), f.items("orders_now"));
    }
  }

  @Test
  void indexesAreRebuiltAndQueryableOrLeftOutAndSettingsAreNotCarried() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.db.updateTable(UpdateTableRequest.stream("orders", StreamSpecification.enabled(StreamViewType.NEW_IMAGE)));
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("orders", TimeToLiveSpecification.enabled("expiresAt")));
      f.enablePitr("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      f.put("orders", "alice", 2, "PAID", 5);
      f.put("orders", "bob", 3, "NEW", 30);
      f.clock.advance(Duration.ofMinutes(10));

      TableDescription t = f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.latest("orders", "orders_copy"));
      assertEquals(1, t.globalSecondaryIndexes().size());
      assertEquals(1, t.localSecondaryIndexes().size());
      PageResponse newOnes = f.db.query(QueryRequest.builder("orders_copy").index("by_status").keyCondition("#s = :s")
          .names(Map.of("#s", "status")).values(Map.of(":s", s("NEW"))).build());
      assertEquals(2, newOnes.count());
      PageResponse byTotal = f.db.query(QueryRequest.builder("orders_copy").index("by_total").keyCondition("pk = :p")
          .values(Map.of(":p", s("alice"))).build());
      assertEquals(5, ((io.dynasql.engine.model.AttributeValue.N) byTotal.items().get(0).get("total")).value().intValue());
      assertNull(t.streamSpecification(), "stream not carried");
      assertEquals(TimeToLiveStatus.DISABLED, f.db.describeTimeToLive("orders_copy").timeToLiveStatus(), "TTL not carried");
      assertEquals(PointInTimeRecoveryStatus.DISABLED,
          f.db.describeContinuousBackups("orders_copy").pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());

      TableDescription bare = f.db.restoreTableToPointInTime(new RestoreTableToPointInTimeRequest("orders", "orders_bare", null,
          true, IndexSelection.only("by_total")));
      assertEquals(0, bare.globalSecondaryIndexes().size());
      assertEquals(Set.of("by_total"), Set.of(bare.localSecondaryIndexes().get(0).indexName()));
      assertThrows(ValidationException.class, () -> f.db.restoreTableToPointInTime(new RestoreTableToPointInTimeRequest(
          "orders", "orders_x", null, true, IndexSelection.only("no_such_index"))));
    }
  }

  @Test
  void badRestoresAreRefusedAndCreateNothing() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.table("plain");
      Instant before = f.clock.instant().minusSeconds(1);
      f.enablePitr("orders");
      f.clock.advance(Duration.ofHours(1));

      assertThrows(InvalidRestoreTimeException.class, () -> f.db.restoreTableToPointInTime(
          RestoreTableToPointInTimeRequest.at("orders", "orders_x", before)));
      assertThrows(InvalidRestoreTimeException.class, () -> f.db.restoreTableToPointInTime(
          RestoreTableToPointInTimeRequest.at("orders", "orders_x", f.clock.instant().minusSeconds(60))), "within the last 5 minutes");
      assertThrows(PointInTimeRecoveryUnavailableException.class, () -> f.db.restoreTableToPointInTime(
          RestoreTableToPointInTimeRequest.latest("plain", "orders_x")));
      assertThrows(TableAlreadyExistsException.class, () -> f.db.restoreTableToPointInTime(
          RestoreTableToPointInTimeRequest.latest("orders", "plain")));
      assertThrows(ValidationException.class, () -> f.db.restoreTableToPointInTime(
          new RestoreTableToPointInTimeRequest("orders", "orders_x", f.clock.instant(), true, null)), "a time and latest");
      assertFalse(f.db.descriptors().containsKey("orders_x"));
      assertEquals(Set.of("orders", "plain"), f.db.descriptors().keySet());
    }
  }
}
