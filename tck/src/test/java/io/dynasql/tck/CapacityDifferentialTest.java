package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ConditionCheck;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Consumed capacity per table and per index for the operations whose rules are easy to get wrong
 * (index write amplification, transactions, batches, misses, local index fetches, failed
 * conditions). Each case states the units AWS documents, with the page; dynasql must report
 * exactly those, and the moto server, asked the same, must too unless {@link KnownDifferences}
 * lists the case with the reason.
 */
class CapacityDifferentialTest {
  private static final String CASES = "capacity: ";
  private static final String DOCS = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/";
  private static final String SIZES = DOCS + "CapacityUnitCalculations.html";
  private static final String GSI_WRITES = DOCS + "GSI.html#GSI.ThroughputConsiderations.Writes";
  private static final String GSI_READS = DOCS + "GSI.html#GSI.ThroughputConsiderations.Reads";
  private static final String LSI_READS = DOCS + "LSI.html#LSI.ThroughputConsiderations.Reads";
  private static final String TRANSACTIONS = DOCS + "transaction-apis.html#transaction-capacity-handling";
  private static final String FAILED = DOCS + "WorkingWithItems.html#WorkingWithItems.ConditionalWrites.ReturnConsumedCapacity";
  private static final String KB = "x".repeat(1500);

  private static MotoServer moto;
  private static CapacityMirror both;
  private final List<String> diffs = new ArrayList<>();

  @BeforeAll
  static void start() {
    moto = new MotoServer();
    both = new CapacityMirror(Database.temporary(), moto.client());
    both.createTable("Cap", KeySchema.of("pk", AttributeType.S), List.of(SecondaryIndex.all("byG", KeySchema.of("g", AttributeType.S))), List.of());
    both.createTable("Posts", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N), List.of(),
        List.of(new SecondaryIndex("byDate", KeySchema.of("pk", AttributeType.S, "d", AttributeType.S), ProjectionType.KEYS_ONLY, List.of())));
  }

  @AfterAll
  static void stop() {
    both.db().close();
    moto.close();
  }

  /** Write units of an item of {@code bytes}: 1 KB each, at least one. */
  private static double w(int bytes) {
    return Math.max(1, Math.ceil(bytes / 1024.0));
  }

  /** Bytes of an item whose values are all strings: each name plus each value, in UTF-8 (ASCII here). */
  private static int bytes(Map<String, AttributeValue> item) {
    int size = 0;
    for (var e : item.entrySet()) size += e.getKey().length() + ((AttributeValue.S) e.getValue()).value().length();
    return size;
  }

  private static Map<String, Double> units(double total, Object... perIndex) {
    Map<String, Double> m = new java.util.TreeMap<>(Map.of("total", total));
    for (int i = 0; i < perIndex.length; i += 2) m.put((String) perIndex[i], ((Number) perIndex[i + 1]).doubleValue());
    return m;
  }

  /** dynasql must equal the documented units; moto (null: it reports none) too, or be listed. */
  private void check(String what, String page, Map<String, Double> documented, CapacityMirror.Both got) {
    if (!documented.equals(got.ours())) diffs.add("dynasql, " + what + " (" + page + "): documented " + documented + ", got " + got.ours());
    if (got.moto() != null && !documented.equals(got.moto())) {
      String d = CASES + what + ": documented " + documented + ", moto " + got.moto();
      if (!KnownDifferences.explains(d)) diffs.add(d + " (" + page + ")");
    }
  }

  @Test
  void indexWritesTransactionsBatchesAndFetchesCostWhatAwsDocuments() {
    Map<String, AttributeValue> a1 = Map.of("pk", s("a"), "v", s(KB));
    Map<String, AttributeValue> a2 = Map.of("pk", s("a"), "v", s(KB), "g", s("one"));
    Map<String, AttributeValue> a3 = Map.of("pk", s("a"), "v", s(KB + "y"), "g", s("one"));
    Map<String, AttributeValue> a4 = Map.of("pk", s("a"), "v", s(KB), "g", s("two"));
    Map<String, AttributeValue> a5 = Map.of("pk", s("a"), "v", s("small"));
    Map<String, AttributeValue> b = Map.of("pk", s("b"), "g", s("one"));
    check("put without index key", SIZES, units(w(bytes(a1))), both.put("Cap", a1));
    // a new index key: one index write of the new entry (ALL projection: the whole item)
    check("put adding an index entry", GSI_WRITES, units(w(bytes(a2)) + w(bytes(a2)), "byG", w(bytes(a2))), both.put("Cap", a2));
    check("put rewriting the entry", GSI_WRITES, units(2 * w(bytes(a3)), "byG", w(bytes(a3))), both.put("Cap", a3));
    // a changed index key: delete the old entry and put the new one
    check("put moving the entry to another index key", GSI_WRITES,
        units(w(bytes(a3)) + w(bytes(a3)) + w(bytes(a4)), "byG", w(bytes(a3)) + w(bytes(a4))), both.put("Cap", a4));
    check("put removing the entry", GSI_WRITES, units(w(bytes(a4)) + w(bytes(a4)), "byG", w(bytes(a4))), both.put("Cap", a5));
    check("put small new", GSI_WRITES, units(2, "byG", 1), both.put("Cap", b));
    check("update adding an index key", GSI_WRITES, units(2, "byG", 1),
        both.update("Cap", Map.of("pk", s("a")), "SET g = :g", Map.of(":g", s("three"))));
    check("delete of a missing item", SIZES, units(1), both.delete("Cap", Map.of("pk", s("zz"))));
    // one 7-byte entry, rounded up to 4 KB, eventually consistent
    check("query on the index", GSI_READS, units(0.5, "byG", 0.5), both.query(QueryRequest.builder("Cap").index("byG")
        .keyCondition("g = :g").values(Map.of(":g", s("one"))).build()));
    // each key as its own GetItem, a miss at the minimum, eventually consistent
    check("batch get with a missing key", SIZES, units(3 * 0.5),
        both.batchGet("Cap", List.of(Map.of("pk", s("a")), Map.of("pk", s("b")), Map.of("pk", s("zz")))));
    check("batch get of existing items", SIZES, units(2 * 0.5), both.batchGet("Cap", List.of(Map.of("pk", s("a")), Map.of("pk", s("b")))));
    check("transact get", TRANSACTIONS, units(2 + 2), both.transactGet("Cap", List.of(Map.of("pk", s("a")), Map.of("pk", s("zz")))));
    Map<String, AttributeValue> c = Map.of("pk", s("c"), "g", s("one"), "v", s(KB));
    // every item twice: the put (table and index entry) and the checked item's read
    check("transact write", TRANSACTIONS, units(2 * w(bytes(c)) + 2 * w(bytes(c)) + 2 * 1, "byG", 2 * w(bytes(c))),
        both.transactWrite(TransactWriteItemsRequest.of(new TransactWriteItem.Put(PutItemRequest.of("Cap", c)),
            new TransactWriteItem.Check(new ConditionCheck("Cap", Map.of("pk", s("b")), "attribute_exists(pk)", Expr.NONE, false)))));
    for (int i = 0; i < 5; i++) {
      both.put("Posts", Map.of("pk", s("p"), "sk", n(i), "d", s("2026-0" + i), "body", s("y".repeat(300))));
    }
    // five ~30-byte index entries rounded once, plus each fetched ~330-byte item rounded on its own
    check("local index query fetching from the table", LSI_READS, units(1 + 5), both.query(QueryRequest.builder("Posts")
        .index("byDate").keyCondition("pk = :p").values(Map.of(":p", s("p"))).select(Select.ALL_ATTRIBUTES).consistentRead(true).build()));
    assertEquals(List.of(), diffs, String.join("\n", diffs));
    assertEquals(List.of(), KnownDifferences.unused(CASES), "known differences that no longer occur: remove them");
  }

  @Test
  void aFailedConditionIsChargedTheStoredItemNotTheRefusedOne() {
    Map<String, AttributeValue> big = Map.of("pk", s("f"), "v", s(KB + KB));
    check("failed put of a new item", FAILED, units(1), failed(() -> both.db().putItem(PutItemRequest.of("Cap", big)
        .withCondition("attribute_exists(pk)", Expr.NONE))));
    both.put("Cap", big);
    check("failed put over a stored item", FAILED, units(w(bytes(big))), failed(() -> both.db().putItem(
        PutItemRequest.of("Cap", Map.of("pk", s("f"))).withCondition("attribute_not_exists(pk)", Expr.NONE))));
    check("failed delete of a missing item", FAILED, units(1), failed(() -> both.db().deleteItem(
        DeleteItemRequest.of("Cap", Map.of("pk", s("nope"))).withCondition("attribute_exists(pk)", Expr.NONE))));
    check("failed update of a stored item", FAILED, units(w(bytes(big))), failed(() -> both.db().updateItem(
        UpdateItemRequest.of("Cap", Map.of("pk", s("f")), "SET v = :v", Expr.values(Map.of(":v", s("tiny"))))
            .withCondition("attribute_not_exists(pk)"))));
    assertEquals(List.of(), diffs, String.join("\n", diffs));
  }

  /**
   * What the failed write was charged. DynamoDB's error carries no ConsumedCapacity (the units show
   * only in CloudWatch), and neither does moto's, so only dynasql's is compared with the page.
   */
  private static CapacityMirror.Both failed(Runnable write) {
    try {
      write.run();
    } catch (ConditionalCheckFailedException e) {
      return new CapacityMirror.Both(CapacityMirror.ours(e.consumedCapacity().orElseThrow()), null);
    }
    throw new AssertionError("the condition should have failed");
  }
}
