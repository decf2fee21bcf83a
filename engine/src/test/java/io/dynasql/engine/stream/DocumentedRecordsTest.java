package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.OperationType;
import io.dynasql.engine.model.StreamViewType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The records of AWS's documented example stream event, rebuilt by doing the writes it shows and
 * compared field by field (eventName, eventVersion, eventSource, awsRegion, Keys, NewImage,
 * OldImage, SizeBytes, StreamViewType). The example: an item {Id: 101, Message: "New item!"}
 * inserted (SizeBytes 26), its Message changed to "This item has changed" (59), then deleted (38),
 * on a NEW_AND_OLD_IMAGES stream in us-east-1. The event as AWS publishes it (Powertools for AWS
 * Lambda, DynamoDBStreamEvent schema example):
 * https://docs.aws.amazon.com/powertools/typescript/2.14.0/api/types/_aws-lambda-powertools_parser.types.DynamoDBStreamEvent.html
 * — the same sample event as the Lambda developer guide's DynamoDB page,
 * https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
class DocumentedRecordsTest {
  private static final Map<String, AttributeValue> KEY = Map.of("Id", n(101));
  private static final Map<String, AttributeValue> FIRST = Map.of("Id", n(101), "Message", s("New item!"));
  private static final Map<String, AttributeValue> CHANGED = Map.of("Id", n(101), "Message", s("This item has changed"));

  @Test
  void theDocumentedExampleEventFieldByField() {
    try (StreamFixture f = new StreamFixture()) {
      String arn = f.db.createTable(CreateTableRequest.of("ExampleTableWithStream", KeySchema.of("Id", AttributeType.N))
          .withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES))).latestStreamArn();
      f.db.putItem(PutItemRequest.of("ExampleTableWithStream", FIRST));
      f.db.updateItem(UpdateItemRequest.of("ExampleTableWithStream", KEY, "SET Message = :m",
          Expr.values(Map.of(":m", s("This item has changed")))));
      f.db.deleteItem(DeleteItemRequest.of("ExampleTableWithStream", KEY));

      List<StreamEvent> records = f.readAll(arn);
      assertEquals(3, records.size());
      check(records.get(0), OperationType.INSERT, FIRST, null, 26);
      check(records.get(1), OperationType.MODIFY, CHANGED, FIRST, 59);
      check(records.get(2), OperationType.REMOVE, null, CHANGED, 38);
    }
  }

  private static void check(StreamEvent e, OperationType name, Map<String, AttributeValue> newImage,
      Map<String, AttributeValue> oldImage, long sizeBytes) {
    assertEquals(name, e.eventName());
    assertEquals("1.1", e.eventVersion());
    assertEquals("aws:dynamodb", e.eventSource());
    assertEquals("us-east-1", e.awsRegion());
    assertNull(e.userIdentity());
    assertEquals(KEY, e.dynamodb().keys());
    assertEquals(newImage, e.dynamodb().newImage());
    assertEquals(oldImage, e.dynamodb().oldImage());
    assertEquals(sizeBytes, e.dynamodb().sizeBytes(), name + "'s SizeBytes as in the documented event");
    assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, e.dynamodb().streamViewType());
  }
}
