package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.TransactionConflictException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Item versions and the first-committer-wins check of {@link AtomicWriteRequest#expecting}: a
 * write computed from reads applies only if every item read still has the version it had.
 */
class ReadSetValidationTest {
  private final Database db = Database.temporary();

  @BeforeEach
  void table() {
    db.createTable(CreateTableRequest.of("Counters", KeySchema.of("id", AttributeType.S)));
    put("a", 1);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void put(String id, long value) {
    db.putItem(PutItemRequest.of("Counters", Map.of("id", s(id), "n", n(value))));
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", s(id));
  }

  private ReadSet read(String... ids) {
    ReadSet reads = new ReadSet();
    for (String id : ids) db.getItem(GetItemRequest.of("Counters", key(id)).withReadSet(reads));
    return reads;
  }

  private AtomicWriteRequest setTo(String id, long value, ReadSet reads) {
    return AtomicWriteRequest.allOrNothing(List.of(new TransactWriteItem.Put(
        PutItemRequest.of("Counters", Map.of("id", s(id), "n", n(value))))), false).expecting(reads);
  }

  private long stored(String id) {
    return ((AttributeValue.N) db.getItem(GetItemRequest.of("Counters", key(id))).item().get("n")).value().longValue();
  }

  @Test
  void everyWriteGivesTheItemANewVersion() {
    long first = read("a").version("Counters", key("a"));
    put("a", 1); // the same value: still a write
    long second = read("a").version("Counters", key("a"));
    assertTrue(first > 0);
    assertNotEquals(first, second);
    assertEquals(ReadSet.ABSENT, read("zz").version("Counters", key("zz")));
  }

  @Test
  void aWriteFromUnchangedReadsApplies() {
    ReadSet reads = read("a", "b");
    assertEquals(1, db.statementWrites().writeAtomically(setTo("a", 2, reads)).applied());
    assertEquals(2, stored("a"));
  }

  @Test
  void aChangeBetweenReadAndWriteRefusesTheWholeWrite() {
    ReadSet reads = read("a");
    put("a", 50);
    TransactionConflictException e = assertThrows(TransactionConflictException.class, () -> db.statementWrites().writeAtomically(setTo("a", 2, reads)));
    assertTrue(e.getMessage().contains("Counters") && e.getMessage().contains("changed"), e.getMessage());
    assertEquals(50, stored("a"));
  }

  @Test
  void aDeleteOrAnInsertBetweenReadAndWriteIsAConflictToo() {
    ReadSet reads = read("a", "b"); // b is absent
    put("b", 7);
    TransactionConflictException inserted = assertThrows(TransactionConflictException.class,
        () -> db.statementWrites().writeAtomically(setTo("a", 2, reads)));
    assertTrue(inserted.getMessage().contains("inserted"), inserted.getMessage());
    ReadSet again = read("a");
    db.deleteItem(DeleteItemRequest.of("Counters", key("a")));
    TransactionConflictException deleted = assertThrows(TransactionConflictException.class,
        () -> db.statementWrites().writeAtomically(setTo("a", 2, again)));
    assertTrue(deleted.getMessage().contains("deleted"), deleted.getMessage());
    assertNull(db.getItem(GetItemRequest.of("Counters", key("a"))).item(), "not re-created");
  }

  @Test
  void batchGetRecordsEveryKeyItRead() {
    put("b", 2);
    ReadSet reads = new ReadSet();
    db.batchGetItem(Map.of("Counters", KeysAndAttributes.of(List.of(key("a"), key("b"), key("c")))), reads);
    assertEquals(3, reads.size());
    assertEquals(ReadSet.ABSENT, reads.version("Counters", key("c")));
    put("c", 3);
    assertThrows(TransactionConflictException.class, () -> db.statementWrites().writeAtomically(setTo("a", 9, reads)));
  }

  @Test
  void aSetThatOverflowedCannotVouchForItsReads() {
    put("b", 2);
    ReadSet reads = new ReadSet(1);
    db.getItem(GetItemRequest.of("Counters", key("a")).withReadSet(reads));
    db.getItem(GetItemRequest.of("Counters", key("b")).withReadSet(reads));
    assertTrue(reads.overflowed());
    TransactionConflictException e = assertThrows(TransactionConflictException.class, () -> db.statementWrites().writeAtomically(setTo("a", 2, reads)));
    assertTrue(e.getMessage().contains("smaller transactions"), e.getMessage());
  }
}
