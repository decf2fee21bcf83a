package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.ns;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.StreamViewType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A write that changes nothing appends no record: DynamoDB writes a stream record only when an
 * item is created, updated or deleted ("Whenever an application creates, updates, or deletes
 * items in the table, DynamoDB Streams writes a stream record"), and an identical put, an update
 * to the same value, REMOVE of a missing attribute or a delete of a missing item modifies no item.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */
class NoOpWritesTest {
  private static final Map<String, AttributeValue> KEY = Map.of("pk", s("a"), "sk", n(1));

  @Test
  void writesThatChangeNothingAppendNoRecord() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.table("Tbl", StreamViewType.NEW_AND_OLD_IMAGES);
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put("pk", s("a"));
      item.put("sk", n(1));
      item.put("amount", n("1.50"));
      item.put("tags", ns("3", "1", "2"));
      f.db.putItem(PutItemRequest.of("Tbl", item)); // the one INSERT

      Map<String, AttributeValue> same = new LinkedHashMap<>(); // equal by value: other order, other spelling
      same.put("tags", ns("2", "3", "1"));
      same.put("amount", n("1.5"));
      same.put("sk", n("1.0"));
      same.put("pk", s("a"));
      f.db.putItem(PutItemRequest.of("Tbl", same));
      f.db.updateItem(UpdateItemRequest.of("Tbl", KEY, "SET amount = :t", Expr.values(Map.of(":t", n("1.500")))));
      f.db.updateItem(UpdateItemRequest.of("Tbl", KEY, "REMOVE notThere", Expr.NONE));
      f.db.deleteItem(DeleteItemRequest.of("Tbl", Map.of("pk", s("nobody"), "sk", n(9))));
      f.db.batchWriteItem(Map.of("Tbl", List.of(WriteRequest.delete(Map.of("pk", s("ghost"), "sk", n(0))))));
      assertThrows(ConditionalCheckFailedException.class, () -> f.db.putItem(PutItemRequest.of("Tbl", Map.of("pk", s("a"), "sk", n(1), "x", s("y")))
          .withCondition("attribute_not_exists(pk)", Expr.NONE)));

      List<StreamEvent> records = f.readAll(arn);
      assertEquals(List.of(OperationType.INSERT), records.stream().map(StreamEvent::eventName).toList());

      f.db.updateItem(UpdateItemRequest.of("Tbl", KEY, "SET amount = :t", Expr.values(Map.of(":t", n(2)))));
      assertEquals(OperationType.MODIFY, f.readAll(arn).get(1).eventName(), "a real change still appends");
    }
  }
}
