package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
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

/** StatementWrites.writeAtomically: TransactWriteItems' all-or-nothing run without its limits. */
class AtomicWriteTest {
  private static final Expr NO_ID = Expr.names(Map.of("#k", "id"));

  private final Database db = Database.temporary();

  @BeforeEach
  void table() {
    db.createTable(CreateTableRequest.of("Tab", KeySchema.of("id", AttributeType.S)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Map<String, AttributeValue> get(String id) {
    return db.getItem(GetItemRequest.of("Tab", Map.of("id", s(id)))).item();
  }

  private static TransactWriteItem insert(String id, AttributeValue v) {
    return new TransactWriteItem.Put(PutItemRequest.of("Tab", Map.of("id", s(id), "v", v))
        .withCondition("attribute_not_exists(#k)", NO_ID));
  }

  private static List<TransactWriteItem> inserts(int count) {
    List<TransactWriteItem> out = new ArrayList<>();
    for (int i = 0; i < count; i++) out.add(insert("k" + i, n(i)));
    return out;
  }

  @Test
  void oneFailingConditionAmong150ActionsWritesNothing() {
    db.putItem(PutItemRequest.of("Tab", Map.of("id", s("k75"), "v", s("old"))));
    TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
        () -> db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(inserts(150), true)));
    assertEquals(150, e.reasons().size());
    assertEquals("ConditionalCheckFailed", e.reasons().get(75).code());
    assertEquals("None", e.reasons().get(74).code());
    assertNull(get("k0"));
    assertNull(get("k149"));
    assertEquals(s("old"), get("k75").get("v"));
  }

  @Test
  void moreThan100ActionsAreOneWriteAndTransactWriteItemsStillRefusesThem() {
    assertThrows(ValidationException.class, () -> db.transactWriteItems(new TransactWriteItemsRequest(inserts(150), null)));
    AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(inserts(150), true));
    assertEquals(150, r.applied());
    assertEquals(0, r.skipped());
    assertEquals(n(149), get("k149").get("v"));
    // 150 small items, priced as a transaction: two units each
    assertEquals(300.0, r.writeCapacityUnits());
    assertEquals("Tab", r.consumedCapacity().get(0).tableName());
  }

  @Test
  void oneItemPricedAsPlainWriteCostsWhatPutItemCosts() {
    AtomicWriteResponse plain = db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(List.of(insert("a", s("x".repeat(1500)))), false));
    double putItem = db.putItem(PutItemRequest.of("Tab", Map.of("id", s("b"), "v", s("x".repeat(1500))))).consumedCapacity().writeCapacityUnits();
    assertEquals(2.0, putItem);
    assertEquals(putItem, plain.writeCapacityUnits());
    assertEquals(1504, plain.bytesWritten(), "2 + 1 for id=a, 1 + 1500 for v");
    AtomicWriteResponse doubled = db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(List.of(insert("c", s("x".repeat(1500)))), true));
    assertEquals(2 * putItem, doubled.writeCapacityUnits());
  }

  @Test
  void moreThan4MbIsAllowedButEachItemIsStillLimitedTo400Kb() {
    List<TransactWriteItem> big = new ArrayList<>();
    for (int i = 0; i < 12; i++) big.add(insert("big" + i, s("x".repeat(390_000))));
    assertEquals(12, db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(big, true)).applied());
    List<TransactWriteItem> tooBig = List.of(insert("ok", n(1)), insert("huge", s("x".repeat(410_000))));
    assertThrows(ValidationException.class, () -> db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(tooBig, true)));
    assertNull(get("ok"));
  }

  @Test
  void skippedConditionsLeaveTheirActionOutAndAreStillCharged() {
    db.putItem(PutItemRequest.of("Tab", Map.of("id", s("a"), "v", n(1))));
    db.putItem(PutItemRequest.of("Tab", Map.of("id", s("c"), "v", n(1))));
    List<TransactWriteItem> updates = new ArrayList<>();
    for (String id : List.of("a", "b", "c")) {
      updates.add(new TransactWriteItem.Update(UpdateItemRequest.of("Tab", Map.of("id", s(id)), "SET v = :v",
          NO_ID.withValues(Map.of(":v", n(2)))).withCondition("attribute_exists(#k)")));
    }
    AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(updates, true));
    assertEquals(2, r.applied());
    assertEquals(1, r.skipped());
    assertEquals(List.of(1), r.skippedActions(), "the position of the skipped action in the request");
    assertNull(get("b"), "a skipped update creates nothing");
    assertEquals(n(2), get("c").get("v"));
    assertEquals(6.0, r.writeCapacityUnits(), "two updates and one failed condition, two units each");
  }

  @Test
  void deletesCountTheBytesOfTheItemsRemovedAndTwoActionsOnOneItemAreRefused() {
    db.putItem(PutItemRequest.of("Tab", Map.of("id", s("a"), "v", s("abc"))));
    AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(
        List.of(new TransactWriteItem.Delete(DeleteItemRequest.of("Tab", Map.of("id", s("a"))))), false));
    assertEquals(7, r.bytesWritten(), "2 + 1 for id=a, 1 + 3 for v=abc");
    assertNull(get("a"));
    ValidationException e = assertThrows(ValidationException.class, () -> db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(
        List.of(insert("x", n(1)), new TransactWriteItem.Delete(DeleteItemRequest.of("Tab", Map.of("id", s("x"))))), true)));
    assertTrue(e.getMessage().contains("multiple operations on one item"), e.getMessage());
    assertNotNull(db.statementWrites().writeAtomically(AtomicWriteRequest.allOrNothing(List.of(), true)));
  }
}
