package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.ConditionCheck;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.TransactWriteItemsResponse;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.error.IdempotentParameterMismatchException;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchTransactionTest {
  private final Database db = Database.temporary();

  @BeforeEach
  void table() {
    db.createTable(CreateTableRequest.of("Acct", KeySchema.of("id", AttributeType.S)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Map<String, AttributeValue> id(String id) {
    return Map.of("id", s(id));
  }

  private AttributeValue balance(String id) {
    Map<String, AttributeValue> item = db.getItem(GetItemRequest.of("Acct", id(id))).item();
    return item == null ? null : item.get("bal");
  }

  @Test
  void batchWriteThenBatchGet() {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 25; i++) writes.add(WriteRequest.put(Map.of("id", s("a" + i), "bal", n(i))));
    assertTrue(db.batchWriteItem(Map.of("Acct", writes)).unprocessedItems().isEmpty());
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 30; i++) keys.add(id("a" + i));
    BatchGetItemResponse got = db.batchGetItem(Map.of("Acct", KeysAndAttributes.of(keys)));
    assertEquals(25, got.responses().get("Acct").size());
    // each item is charged on its own: 30 eventually consistent reads of small items = 15 units
    assertEquals(15.0, got.consumedCapacity().get(0).readCapacityUnits());
    writes.add(WriteRequest.put(Map.of("id", s("x"))));
    assertThrows(ValidationException.class, () -> db.batchWriteItem(Map.of("Acct", writes)));
    ValidationException dup = assertThrows(ValidationException.class, () -> db.batchWriteItem(Map.of("Acct",
        List.of(WriteRequest.put(Map.of("id", s("d"))), WriteRequest.delete(id("d"))))));
    assertTrue(dup.getMessage().contains("duplicates"), dup.getMessage());
  }

  @Test
  void transferIsAllOrNothingWithReasonsInOrder() {
    db.putItem(PutItemRequest.of("Acct", Map.of("id", s("alice"), "bal", n(100))));
    db.putItem(PutItemRequest.of("Acct", Map.of("id", s("bob"), "bal", n(0))));
    db.putItem(PutItemRequest.of("Acct", Map.of("id", s("carol"), "bal", n(0))));
    Expr amount = Expr.values(Map.of(":amt", n(150)));
    TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> db.transactWriteItems(
        TransactWriteItemsRequest.of(
            new TransactWriteItem.Update(UpdateItemRequest.of("Acct", id("bob"), "SET bal = bal + :amt", Expr.values(Map.of(":amt", n(150))))),
            new TransactWriteItem.Update(UpdateItemRequest.of("Acct", id("alice"), "SET bal = bal - :amt", amount)
                .withCondition("bal >= :amt")))));
    assertEquals(List.of("None", "ConditionalCheckFailed"), e.reasons().stream().map(r -> r.code()).toList());
    assertEquals(n(100), balance("alice"));
    assertEquals(n(0), balance("bob"));

    TransactWriteItemsResponse ok = db.transactWriteItems(TransactWriteItemsRequest.of(
        new TransactWriteItem.Update(UpdateItemRequest.of("Acct", id("bob"), "SET bal = bal + :amt", Expr.values(Map.of(":amt", n(60))))),
        new TransactWriteItem.Update(UpdateItemRequest.of("Acct", id("alice"), "SET bal = bal - :amt", Expr.values(Map.of(":amt", n(60))))
            .withCondition("bal >= :amt")),
        new TransactWriteItem.Check(new ConditionCheck("Acct", id("carol"), "attribute_exists(id)", Expr.NONE, false))));
    assertEquals(n(40), balance("alice"));
    assertEquals(n(60), balance("bob"));
    // transactional writes cost twice: 2 updates x 2 units, plus the check's transactional read
    assertEquals(4.0, ok.consumedCapacity().get(0).writeCapacityUnits());
  }

  @Test
  void oneItemTwiceInATransactionIsRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> db.transactWriteItems(TransactWriteItemsRequest.of(
        new TransactWriteItem.Put(PutItemRequest.of("Acct", Map.of("id", s("a")))),
        new TransactWriteItem.Delete(DeleteItemRequest.of("Acct", id("a"))))));
    assertTrue(e.getMessage().contains("multiple operations on one item"), e.getMessage());
    assertNull(balance("a"));
  }

  @Test
  void batchGetReturnsAtMost16MbAndTheRestAsUnprocessedKeys() {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      db.putItem(PutItemRequest.of("Acct", Map.of("id", s("big" + i), "blob", s("x".repeat(390_000)))));
      keys.add(id("big" + i));
    }
    BatchGetItemResponse first = db.batchGetItem(Map.of("Acct", KeysAndAttributes.of(keys)));
    int got = first.responses().get("Acct").size();
    assertEquals(44, got, "16 MB / 390 KB items: the 44th item crosses the limit");
    BatchGetItemResponse rest = db.batchGetItem(first.unprocessedKeys());
    assertEquals(50 - got, rest.responses().get("Acct").size());
    assertTrue(rest.unprocessedKeys().isEmpty());
  }

  @Test
  void transactionsAreLimitedTo4MbOfItems() {
    List<TransactWriteItem> puts = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      puts.add(new TransactWriteItem.Put(PutItemRequest.of("Acct", Map.of("id", s("big" + i), "blob", s("x".repeat(390_000))))));
    }
    ValidationException e = assertThrows(ValidationException.class,
        () -> db.transactWriteItems(new TransactWriteItemsRequest(puts, null)));
    assertTrue(e.getMessage().contains("4 MB"), e.getMessage());
    assertNull(balance("big0"));
  }

  @Test
  void clientRequestTokenMakesARetryIdempotent() {
    TransactWriteItemsRequest add = new TransactWriteItemsRequest(List.of(new TransactWriteItem.Update(
        UpdateItemRequest.of("Acct", id("c"), "ADD bal :one", Expr.values(Map.of(":one", n(1)))))), "token-1");
    db.transactWriteItems(add);
    db.transactWriteItems(add);
    assertEquals(n(1), balance("c"));
    TransactWriteItemsRequest other = new TransactWriteItemsRequest(List.of(new TransactWriteItem.Put(
        PutItemRequest.of("Acct", Map.of("id", s("c"))))), "token-1");
    assertThrows(IdempotentParameterMismatchException.class, () -> db.transactWriteItems(other));
  }

  @Test
  void transactGetReadsOneSnapshotAndChargesDouble() {
    db.putItem(PutItemRequest.of("Acct", Map.of("id", s("a"), "bal", n(1))));
    var r = db.transactGetItems(List.of(TransactGet.of("Acct", id("a")), TransactGet.of("Acct", id("missing"))));
    assertEquals(n(1), r.items().get(0).get("bal"));
    assertNull(r.items().get(1));
    assertEquals(4.0, r.consumedCapacity().get(0).readCapacityUnits());
  }
}
