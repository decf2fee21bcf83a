package io.dynasql.engine.capacity;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A write whose condition is false is still charged, by the item already stored (one unit when
 * there is none), never by the item it would have written, and nothing on the indexes:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html#WorkingWithItems.ConditionalWrites.ReturnConsumedCapacity
 * (restated in read-write-operations.html#write-operation-consumption). In a transaction every item
 * is written twice, to prepare and to commit:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-capacity-handling
 */
class FailedConditionChargeTest {
  private static final String BIG = "x".repeat(2500);
  private final Database db = Database.temporary();

  @BeforeEach
  void table() {
    db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byG", KeySchema.of("g", AttributeType.S))));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Map<String, AttributeValue> bigItem(String pk) {
    return Map.of("pk", s(pk), "g", s("g"), "v", s(BIG));
  }

  private static ConditionalCheckFailedException fails(Executable write) {
    return assertThrows(ConditionalCheckFailedException.class, write);
  }

  private static double units(ConditionalCheckFailedException e) {
    return e.consumedCapacity().orElseThrow().writeCapacityUnits();
  }

  @Test
  void aRefusedPutOfANewItemCostsOneUnitNotTheNewItemsSize() {
    ConditionalCheckFailedException e = fails(() -> db.putItem(PutItemRequest.of("Tab", bigItem("new"))
        .withCondition("attribute_exists(pk)", Expr.NONE)));
    assertEquals(1.0, units(e), "the issue measured 3 (the 2.5 KB new item's size)");
    assertEquals(Map.of(), e.consumedCapacity().orElseThrow().globalSecondaryIndexes(), "no index was written");
  }

  @Test
  void aRefusedPutOverAStoredItemCostsTheStoredItemsSize() {
    db.putItem(PutItemRequest.of("Tab", bigItem("a")));
    ConditionalCheckFailedException e = fails(() -> db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("a")))
        .withCondition("attribute_not_exists(pk)", Expr.NONE)));
    assertEquals(3.0, units(e), "the stored 2.5 KB item, though the refused one is tiny");
  }

  @Test
  void aRefusedSmallItemOverASmallerStoredOneCostsTheStoredOne() {
    db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("a"))));
    ConditionalCheckFailedException e = fails(() -> db.putItem(PutItemRequest.of("Tab", bigItem("a"))
        .withCondition("attribute_not_exists(pk)", Expr.NONE)));
    assertEquals(1.0, units(e));
  }

  @Test
  void refusedUpdatesAndDeletesFollowTheSameRule() {
    db.putItem(PutItemRequest.of("Tab", bigItem("a")));
    Expr big = Expr.values(Map.of(":v", s(BIG + BIG)));
    assertEquals(3.0, units(fails(() -> db.updateItem(UpdateItemRequest.of("Tab", Map.of("pk", s("a")), "SET v = :v", big)
        .withCondition("attribute_not_exists(pk)")))));
    assertEquals(1.0, units(fails(() -> db.updateItem(UpdateItemRequest.of("Tab", Map.of("pk", s("zz")), "SET v = :v", big)
        .withCondition("attribute_exists(pk)")))));
    assertEquals(3.0, units(fails(() -> db.deleteItem(DeleteItemRequest.of("Tab", Map.of("pk", s("a")))
        .withCondition("attribute_not_exists(pk)", Expr.NONE)))));
    assertEquals(1.0, units(fails(() -> db.deleteItem(DeleteItemRequest.of("Tab", Map.of("pk", s("zz")))
        .withCondition("attribute_exists(pk)", Expr.NONE)))));
  }

  @Test
  void aRefusedActionOfATransactionIsChargedTwiceTheStoredItem() {
    db.putItem(PutItemRequest.of("Tab", bigItem("a")));
    List<TransactWriteItem> actions = List.of(
        new TransactWriteItem.Put(PutItemRequest.of("Tab", Map.of("pk", s("a"))).withCondition("attribute_not_exists(pk)", Expr.NONE)),
        new TransactWriteItem.Put(PutItemRequest.of("Tab", bigItem("missing")).withCondition("attribute_exists(pk)", Expr.NONE)));
    AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(actions, true));
    assertEquals(2, r.skipped());
    assertEquals(2 * 3.0 + 2 * 1.0, r.writeCapacityUnits());
    AtomicWriteResponse single = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(actions, false));
    assertEquals(3.0 + 1.0, single.writeCapacityUnits(), "priced as single writes: not doubled");
  }
}
