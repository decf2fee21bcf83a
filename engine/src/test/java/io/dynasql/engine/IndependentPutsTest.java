package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An atomic write of puts that skips failed conditions (the SQL layer's INSERT batch) checks and
 * writes each put in one pass, inserting first: it must still skip exactly the puts whose
 * condition is false on the stored item, charge them, refuse one item named twice (compared as
 * values), and be durable once it returns.
 */
class IndependentPutsTest {
  private static final Expr PK = Expr.names(Map.of("#pk", "pk"));
  private static final KeySchema KEYS = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);

  private static Map<String, AttributeValue> item(String pk, long sk, String v) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("pk", s(pk));
    m.put("sk", n(sk));
    m.put("v", s(v));
    return m;
  }

  private static TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return new TransactWriteItem.Put(PutItemRequest.of("Tab", item).withCondition(condition, PK));
  }

  private static Map<String, AttributeValue> get(Database db, String pk, long sk) {
    return db.getItem(GetItemRequest.of("Tab", Map.of("pk", s(pk), "sk", n(sk)))).item();
  }

  @Test
  void insertsOfExistingKeysAreSkippedAndChargedAndTheOthersWrittenDurably(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Tab", KEYS));
      db.putItem(PutItemRequest.of("Tab", item("a", 2, "old")));
      List<TransactWriteItem> puts = new ArrayList<>();
      for (int i = 1; i <= 3; i++) puts.add(put(item("a", i, "new"), "attribute_not_exists(#pk)"));
      AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(puts, false));
      assertEquals(2, r.applied());
      assertEquals(List.of(1), r.skippedActions(), "the position of the put of the existing key");
      assertEquals(3.0, r.writeCapacityUnits(), "two writes and one failed condition, one unit each");
      assertEquals(2L * ItemSize.of(item("a", 1, "new")), r.bytesWritten(), "the two items written");
      assertEquals(s("old"), get(db, "a", 2).get("v"), "a skipped put leaves the stored item as it was");
    }
    try (Database db = Database.open(dir)) {
      assertEquals(s("new"), get(db, "a", 1).get("v"));
      assertEquals(s("new"), get(db, "a", 3).get("v"));
      assertEquals(s("old"), get(db, "a", 2).get("v"));
    }
  }

  @Test
  void aConditionThatNeedsTheItemOverwritesItAndIsSkippedWhereThereIsNone() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("Tab", KEYS));
      db.putItem(PutItemRequest.of("Tab", item("a", 1, "old")));
      AtomicWriteResponse r = db.statementWrites().writeAtomically(AtomicWriteRequest.skippingFailedConditions(List.of(
          put(item("a", 1, "new"), "attribute_exists(#pk)"), put(item("a", 2, "new"), "attribute_exists(#pk)")), false));
      assertEquals(List.of(1), r.skippedActions());
      assertEquals(s("new"), get(db, "a", 1).get("v"));
      assertNull(get(db, "a", 2), "a skipped put creates nothing");
    }
  }

  @Test
  void oneItemTwiceIsRefusedWhateverTheOrderOfItsKeyAttributesOrTheScaleOfItsNumber() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("Tab", KEYS));
      Map<String, AttributeValue> other = new LinkedHashMap<>();
      other.put("sk", AttributeValue.n(new BigDecimal("1.00")));
      other.put("v", s("y"));
      other.put("pk", s("a"));
      ValidationException e = assertThrows(ValidationException.class, () -> db.statementWrites().writeAtomically(
          AtomicWriteRequest.skippingFailedConditions(List.of(put(item("a", 1, "x"), "attribute_not_exists(#pk)"),
              put(other, "attribute_not_exists(#pk)")), false)));
      assertTrue(e.getMessage().contains("multiple operations on one item"), e.getMessage());
      assertNull(get(db, "a", 1), "nothing of the refused write is written");
    }
  }

  @Test
  void aConditionalPutItemOfAnExistingKeyStillFailsWithTheStoredItem() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("Tab", KEYS));
      db.putItem(PutItemRequest.of("Tab", item("a", 1, "old")));
      ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, () -> db.putItem(
          PutItemRequest.of("Tab", item("a", 1, "new")).withCondition("attribute_not_exists(#pk)", PK)
              .withReturnOldOnConditionFailure()));
      assertEquals(item("a", 1, "old"), e.item().orElseThrow());
      assertEquals(s("old"), get(db, "a", 1).get("v"));
    }
  }
}
