package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ReturnValue;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemOperationsTest {
  private final Database db = Database.temporary();

  @BeforeEach
  void table() {
    db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byGk", KeySchema.of("gk", AttributeType.S))));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Map<String, AttributeValue> key(String pk, long sk) {
    return Map.of("pk", s(pk), "sk", n(sk));
  }

  @Test
  void putThenGetReturnsTheItemAndChargesHalfAUnitEventually() {
    Map<String, AttributeValue> item = Map.of("pk", s("a"), "sk", n(1), "x", s("hello"));
    ItemResponse put = db.putItem(PutItemRequest.of("Items", item));
    assertEquals(1.0, put.consumedCapacity().writeCapacityUnits());
    ItemResponse got = db.getItem(GetItemRequest.of("Items", key("a", 1)));
    assertEquals(item, got.item());
    assertEquals(0.5, got.consumedCapacity().readCapacityUnits());
    ItemResponse strong = db.getItem(GetItemRequest.of("Items", key("a", 1)).withConsistentRead(true));
    assertEquals(1.0, strong.consumedCapacity().readCapacityUnits());
  }

  @Test
  void aMissStillCostsTheMinimum() {
    ItemResponse got = db.getItem(GetItemRequest.of("Items", key("nope", 1)));
    assertNull(got.item());
    assertEquals(0.5, got.consumedCapacity().readCapacityUnits());
  }

  @Test
  void writeUnitsFollowTheLargerOfOldAndNewAndIndexWrites() {
    String big = "x".repeat(3000);
    db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "v", s(big))));
    ItemResponse small = db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "gk", s("g1"))));
    // old item: 2+1+1+(2 digits->2)... about 3 KB -> 3 units; the new item also lands in index g: 1 unit
    assertEquals(3.0, small.consumedCapacity().table().writeCapacityUnits());
    assertEquals(1.0, small.consumedCapacity().globalSecondaryIndexes().get("byGk").writeCapacityUnits());
  }

  @Test
  void conditionalPutFailsAndLeavesTheItem() {
    db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "v", n(1))));
    ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "v", n(2)))
            .withCondition("attribute_not_exists(pk)", Expr.NONE).withReturnOldOnConditionFailure()));
    assertEquals(n(1), e.item().orElseThrow().get("v"));
    assertEquals(1.0, e.consumedCapacity().orElseThrow().writeCapacityUnits(), "a failed condition is still charged");
    assertEquals(n(1), db.getItem(GetItemRequest.of("Items", key("a", 1))).item().get("v"));
  }

  @Test
  void updateCreatesAndReturnsValues() {
    ItemResponse r = db.updateItem(UpdateItemRequest.of("Items", key("a", 1), "SET c = if_not_exists(c, :z) + :one",
        Expr.values(Map.of(":z", n(0), ":one", n(1)))).withReturnValues(ReturnValue.ALL_NEW));
    assertEquals(Map.of("pk", s("a"), "sk", n(1), "c", n(1)), r.item());
    ItemResponse r2 = db.updateItem(UpdateItemRequest.of("Items", key("a", 1), "SET c = c + :one",
        Expr.values(Map.of(":one", n(1)))).withReturnValues(ReturnValue.UPDATED_OLD));
    assertEquals(Map.of("c", n(1)), r2.item());
    ValidationException keyUpdate = assertThrows(ValidationException.class, () -> db.updateItem(
        UpdateItemRequest.of("Items", key("a", 1), "SET sk = :one", Expr.values(Map.of(":one", n(1))))));
    assertTrue(keyUpdate.getMessage().contains("sk"), keyUpdate.getMessage());
  }

  @Test
  void deleteReturnsOldAndHonoursConditions() {
    db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "v", n(5))));
    assertThrows(ConditionalCheckFailedException.class, () -> db.deleteItem(DeleteItemRequest.of("Items", key("a", 1))
        .withCondition("v > :x", Expr.values(Map.of(":x", n(10))))));
    ItemResponse d = db.deleteItem(DeleteItemRequest.of("Items", key("a", 1)).withReturnValues(ReturnValue.ALL_OLD));
    assertEquals(n(5), d.item().get("v"));
    assertNull(db.getItem(GetItemRequest.of("Items", key("a", 1))).item());
    assertEquals(0, db.describeTable("Items").itemCount());
  }

  @Test
  void badInputNamesWhatWasWrongAndWritesNothing() {
    ValidationException missing = assertThrows(ValidationException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a")))));
    assertTrue(missing.getMessage().contains("sk"), missing.getMessage());
    ValidationException type = assertThrows(ValidationException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", n(1), "sk", n(1)))));
    assertTrue(type.getMessage().contains("pk"), type.getMessage());
    ValidationException empty = assertThrows(ValidationException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", s(""), "sk", n(1)))));
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    ValidationException idx = assertThrows(ValidationException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "gk", n(3)))));
    assertTrue(idx.getMessage().contains("IndexName: byGk"), idx.getMessage());
    ValidationException huge = assertThrows(ValidationException.class,
        () -> db.putItem(PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1), "v", s("x".repeat(410_000))))));
    assertTrue(huge.getMessage().contains("maximum allowed size"), huge.getMessage());
    ValidationException unused = assertThrows(ValidationException.class, () -> db.putItem(
        PutItemRequest.of("Items", Map.of("pk", s("a"), "sk", n(1))).withCondition("attribute_exists(pk)", Expr.values(Map.of(":u", n(1))))));
    assertTrue(unused.getMessage().contains(":u"), unused.getMessage());
    assertThrows(ResourceNotFoundException.class, () -> db.putItem(PutItemRequest.of("Nope", Map.of("pk", s("a")))));
    assertEquals(0, db.describeTable("Items").itemCount());
  }
}
