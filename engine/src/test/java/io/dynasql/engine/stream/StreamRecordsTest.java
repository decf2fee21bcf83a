package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.ConditionCheck;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.StreamViewType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of write produces the stream records DynamoDB documents, field by field.
 * Record: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html
 * StreamRecord: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 * Order and exactly once: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */
class StreamRecordsTest {
  private static Map<String, AttributeValue> key(String pk, long sk) {
    return Map.of("pk", s(pk), "sk", n(sk));
  }

  private static Map<String, AttributeValue> item(String pk, long sk, String status) {
    return Map.of("pk", s(pk), "sk", n(sk), "status", s(status));
  }

  @Test
  void everyWriteOperationProducesItsRecordsInOrder() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Orders", StreamViewType.NEW_AND_OLD_IMAGES);
      f.clock.advance(Duration.ofMillis(1500)); // 00:00:01.5: ApproximateCreationDateTime rounds down to 00:00:01
      f.db.putItem(PutItemRequest.of("Orders", item("a", 1, "NEW")));                       // INSERT
      f.db.putItem(PutItemRequest.of("Orders", item("a", 1, "PAID")));                      // MODIFY
      f.db.updateItem(UpdateItemRequest.of("Orders", key("a", 1), "SET #s = :v",
          Expr.names(Map.of("#s", "status")).withValues(Map.of(":v", s("SHIPPED")))));        // MODIFY
      f.db.updateItem(UpdateItemRequest.of("Orders", key("b", 2), "SET #s = :v",
          Expr.names(Map.of("#s", "status")).withValues(Map.of(":v", s("NEW")))));            // INSERT
      f.db.deleteItem(DeleteItemRequest.of("Orders", key("a", 1)));                          // REMOVE
      f.db.batchWriteItem(Map.of("Orders", List.of(WriteRequest.put(item("c", 3, "NEW")),  // INSERT
          WriteRequest.delete(key("b", 2)))));                                                // REMOVE
      f.db.transactWriteItems(TransactWriteItemsRequest.of(
          new TransactWriteItem.Put(PutItemRequest.of("Orders", item("d", 4, "NEW"))),       // INSERT
          new TransactWriteItem.Update(UpdateItemRequest.of("Orders", key("c", 3), "SET #s = :v",
              Expr.names(Map.of("#s", "status")).withValues(Map.of(":v", s("PAID"))))),      // MODIFY
          new TransactWriteItem.Check(new ConditionCheck("Orders", key("zz", 9), "attribute_not_exists(pk)", null, false))));

      List<StreamEvent> records = f.readAll(arn);
      List<OperationType> names = records.stream().map(StreamEvent::eventName).toList();
      assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.MODIFY, OperationType.INSERT,
          OperationType.REMOVE, OperationType.INSERT, OperationType.REMOVE, OperationType.INSERT, OperationType.MODIFY), names,
          "one record per changed item, none for the condition check, in commit order");

      StreamEvent modify = records.get(2);
      assertEquals("1.1", modify.eventVersion());
      assertEquals("aws:dynamodb", modify.eventSource());
      assertEquals("us-east-1", modify.awsRegion());
      assertNull(modify.userIdentity(), "a user's write has no userIdentity");
      assertEquals(key("a", 1), modify.dynamodb().keys());
      assertEquals(item("a", 1, "PAID"), modify.dynamodb().oldImage());
      assertEquals(item("a", 1, "SHIPPED"), modify.dynamodb().newImage());
      assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, modify.dynamodb().streamViewType());
      assertEquals(Instant.parse("2026-01-01T00:00:01Z"), modify.dynamodb().approximateCreationDateTime());
      assertEquals(ItemSize.of(key("a", 1)) + ItemSize.of(item("a", 1, "PAID")) + ItemSize.of(item("a", 1, "SHIPPED")),
          modify.dynamodb().sizeBytes(), "SizeBytes: item size of Keys + NewImage + OldImage");

      StreamEvent insert = records.get(0);
      assertNull(insert.dynamodb().oldImage(), "an INSERT has no old image");
      StreamEvent remove = records.get(4);
      assertNull(remove.dynamodb().newImage(), "a REMOVE has no new image");
      assertEquals(item("a", 1, "SHIPPED"), remove.dynamodb().oldImage());

      Set<String> ids = new HashSet<>();
      String previous = "";
      for (StreamEvent e : records) {
        String seq = e.dynamodb().sequenceNumber();
        assertTrue(seq.length() >= 21 && seq.length() <= 40 && seq.chars().allMatch(Character::isDigit), seq);
        assertTrue(seq.compareTo(previous) > 0, "strictly increasing sequence numbers");
        previous = seq;
        assertTrue(e.eventID().matches("[0-9a-f]{32}"), e.eventID());
        assertTrue(ids.add(e.eventID()), "eventIDs are unique");
      }
    }
  }

  @Test
  void eachViewTypeCarriesWhatItNames() {
    try (StreamFixture f = new StreamFixture()) {
      for (StreamViewType view : StreamViewType.values()) {
        String table = "T_" + view;
        String arn = f.table(table, view);
        f.db.putItem(PutItemRequest.of(table, item("k", 1, "OLD")));
        f.db.putItem(PutItemRequest.of(table, item("k", 1, "NEW")));
        StreamEvent e = f.readAll(arn).get(1);
        assertEquals(key("k", 1), e.dynamodb().keys(), view + ": Keys always");
        assertEquals(view.hasNewImage() ? item("k", 1, "NEW") : null, e.dynamodb().newImage(), view + ": NewImage");
        assertEquals(view.hasOldImage() ? item("k", 1, "OLD") : null, e.dynamodb().oldImage(), view + ": OldImage");
        long expected = ItemSize.of(key("k", 1)) + (view.hasNewImage() ? ItemSize.of(item("k", 1, "NEW")) : 0)
            + (view.hasOldImage() ? ItemSize.of(item("k", 1, "OLD")) : 0);
        assertEquals(expected, e.dynamodb().sizeBytes(), view + ": SizeBytes of what the record carries");
        assertEquals(view, e.dynamodb().streamViewType());
      }
    }
  }
}
