package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys past LMDB's key limit that share their first 900 bytes and differ after, against a model
 * sorted as DynamoDB sorts (S by UTF-8 bytes, B unsigned): every read that walks a range —
 * forward, backward, BETWEEN, begins_with, paging by one — and every write that moves an entry.
 */
class LongKeyOrderTest {
  private static final String PK = "p".repeat(2000);
  private static final String SHARED = "s".repeat(900);
  /** Endings around the bytes that need escapes (U+0000) or sort high (U+FFFF, 0xEF 0xBF 0xBF). */
  private static final List<String> ENDINGS = List.of("", "a", "ab", "b", "\u0000", "\u0000\u0000", "\u0001",
      "é", "\uFFFF", "z".repeat(100), "a\u0000b", "m", "mm", "mmm", "€€", "\u007F");

  private final Database db = Database.temporary();
  private final TreeMap<String, Map<String, AttributeValue>> model = new TreeMap<>(LongKeyOrderTest::utf8Order);

  @BeforeEach
  void load() {
    db.createTable(CreateTableRequest.of("Docs", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byTitle", KeySchema.of("title", AttributeType.S, "sk", AttributeType.S)))
        .withLocalIndexes(SecondaryIndex.all("byNote", KeySchema.of("pk", AttributeType.S, "note", AttributeType.S))));
    for (int i = 0; i < ENDINGS.size(); i++) put(SHARED + ENDINGS.get(i), i);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void queriesWalkLongKeysInOrderBothWays() {
    assertEquals(expected(k -> true), sks(query("pk = :p", Map.of(), true, null)));
    assertEquals(reversed(expected(k -> true)), sks(query("pk = :p", Map.of(), false, null)));
    String lo = SHARED + "a";
    String hi = SHARED + "m";
    Map<String, AttributeValue> v = Map.of(":lo", s(lo), ":hi", s(hi));
    Predicate<String> between = k -> utf8Order(k, lo) >= 0 && utf8Order(k, hi) <= 0;
    assertEquals(expected(between), sks(query("pk = :p AND sk BETWEEN :lo AND :hi", v, true, null)));
    assertEquals(reversed(expected(between)), sks(query("pk = :p AND sk BETWEEN :lo AND :hi", v, false, null)));
    Map<String, AttributeValue> h = Map.of(":hi", s(hi));
    assertEquals(expected(k -> utf8Order(k, hi) > 0), sks(query("pk = :p AND sk > :hi", h, true, null)));
    assertEquals(reversed(expected(k -> utf8Order(k, hi) >= 0)), sks(query("pk = :p AND sk >= :hi", h, false, null)));
    assertEquals(expected(k -> utf8Order(k, hi) <= 0), sks(query("pk = :p AND sk <= :hi", h, true, null)));
    assertEquals(reversed(expected(k -> utf8Order(k, hi) < 0)), sks(query("pk = :p AND sk < :hi", h, false, null)));
    for (String prefix : List.of(SHARED + "a", SHARED + "m", SHARED + "\u0000", SHARED, SHARED + "q")) {
      Map<String, AttributeValue> pv = Map.of(":x", s(prefix));
      assertEquals(expected(k -> k.startsWith(prefix)), sks(query("pk = :p AND begins_with(sk, :x)", pv, true, null)), prefix.substring(900));
      assertEquals(reversed(expected(k -> k.startsWith(prefix))), sks(query("pk = :p AND begins_with(sk, :x)", pv, false, null)));
    }
    assertEquals(List.of(SHARED + "mm"), sks(query("pk = :p AND sk = :x", Map.of(":x", s(SHARED + "mm")), true, null)));
  }

  @Test
  void insertsSqueezedIntoOneGapRelabelAndKeepOrder() {
    // "b" < "ba" < "baa" < ... < "c": each lands between the previous one and "c", halving the
    // labels' gap there until the group is relabelled (after about 45 of these 120 inserts).
    for (int i = 1; i <= 120; i++) put(SHARED + "b" + "a".repeat(i), i);
    for (int i = 10; i <= 120; i += 10) {
      db.deleteItem(DeleteItemRequest.of("Docs", key(SHARED + "b" + "a".repeat(i))));
      model.remove(SHARED + "b" + "a".repeat(i));
    }
    assertEquals(expected(k -> true), sks(query("pk = :p", Map.of(), true, null)));
    assertEquals(reversed(expected(k -> true)), sks(query("pk = :p", Map.of(), false, null)));
    for (String sk : model.keySet()) assertEquals(model.get(sk), db.getItem(GetItemRequest.of("Docs", key(sk))).item());
    List<String> byNote = model.values().stream().sorted((a, b2) -> utf8Order(str(a.get("note")), str(b2.get("note"))))
        .map(i -> str(i.get("sk"))).toList();
    assertEquals(byNote, sks(db.query(QueryRequest.builder("Docs").index("byNote").keyCondition("pk = :p")
        .values(Map.of(":p", s(PK))).build())));
    assertEquals(model.size(), db.describeTable("Docs").itemCount());
  }

  @Test
  void pagingByOneVisitsEveryLongKeyOnce() {
    for (boolean forward : new boolean[] {true, false}) {
      List<String> seen = new ArrayList<>();
      Map<String, AttributeValue> start = Map.of();
      while (start != null) {
        PageResponse r = query("pk = :p", Map.of(), forward, start);
        seen.addAll(sks(r));
        start = r.lastEvaluatedKey();
      }
      assertEquals(forward ? expected(k -> true) : reversed(expected(k -> true)), seen);
    }
  }

  @Test
  void deletesAndOverwritesInTheMiddle() {
    String middle = SHARED + "ab";
    db.deleteItem(DeleteItemRequest.of("Docs", key(middle)));
    model.remove(middle);
    put(SHARED + "b", 99); // overwrite
    put(SHARED + "aa", 98); // new, between two existing ones
    assertEquals(expected(k -> true), sks(query("pk = :p", Map.of(), true, null)));
    assertEquals(model.get(SHARED + "b"), db.getItem(GetItemRequest.of("Docs", key(SHARED + "b"))).item());
    assertNull(db.getItem(GetItemRequest.of("Docs", key(middle))).item());
    assertEquals(model.size(), db.describeTable("Docs").itemCount());
    assertEquals(model.size(), db.scan(ScanRequest.builder("Docs").build()).count());
    int segments = 0;
    for (int s = 0; s < 4; s++) segments += db.scan(ScanRequest.builder("Docs").segment(s, 4).build()).count();
    assertEquals(model.size(), segments);
  }

  @Test
  void indexEntriesMoveWhenALongIndexedValueChanges() {
    String k = SHARED + "m";
    db.updateItem(UpdateItemRequest.of("Docs", key(k), "SET title = :t, note = :n",
        Expr.values(Map.of(":t", s(title(1)), ":n", s(note(0) + "!")))));
    model.get(k).put("title", s(title(1)));
    model.get(k).put("note", s(note(0) + "!"));
    for (int t = 0; t < 3; t++) {
      int title = t;
      List<String> want = new ArrayList<>(model.values().stream()
          .filter(i -> i.get("title").equals(s(title(title)))).map(i -> ((AttributeValue.S) i.get("sk")).value()).toList());
      assertEquals(want, sks(db.query(QueryRequest.builder("Docs").index("byTitle").keyCondition("title = :t")
          .values(Map.of(":t", s(title(title)))).build())), "title " + t);
    }
    List<String> byNote = model.values().stream().sorted((a, b2) -> utf8Order(str(a.get("note")), str(b2.get("note"))))
        .map(i -> str(i.get("sk"))).toList();
    assertEquals(byNote, sks(db.query(QueryRequest.builder("Docs").index("byNote").keyCondition("pk = :p")
        .values(Map.of(":p", s(PK))).build())));
    assertEquals(reversed(byNote), sks(db.query(QueryRequest.builder("Docs").index("byNote").keyCondition("pk = :p")
        .values(Map.of(":p", s(PK))).scanIndexForward(false).build())));
  }

  @Test
  void backfilledIndexOnLongValuesAndDroppedTable() {
    db.updateTable(UpdateTableRequest.createIndex("Docs", SecondaryIndex.all("bySk", KeySchema.of("sk", AttributeType.S, "pk", AttributeType.S))));
    for (String sk : model.keySet()) {
      assertEquals(List.of(model.get(sk)), db.query(QueryRequest.builder("Docs").index("bySk").keyCondition("sk = :s AND pk = :p")
          .values(Map.of(":s", s(sk), ":p", s(PK))).build()).items());
    }
    db.deleteTable("Docs");
    db.createTable(CreateTableRequest.of("Docs", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S)));
    assertEquals(0, db.scan(ScanRequest.builder("Docs").build()).count());
    assertNull(db.getItem(GetItemRequest.of("Docs", key(SHARED + "a"))).item());
  }

  @Test
  void binarySortKeysSharingALongPrefixSortUnsigned() {
    db.createTable(CreateTableRequest.of("Bins", KeySchema.of("pk", AttributeType.B, "sk", AttributeType.B)));
    byte[] shared = new byte[1000];
    Arrays.fill(shared, 0, 500, (byte) 0);
    Arrays.fill(shared, 500, 1000, (byte) 0xFF);
    List<byte[]> endings = List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {1}, new byte[] {(byte) 0x80},
        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFF, 0}, new byte[] {(byte) 0xFF, (byte) 0xFF}, new byte[] {0x7F});
    TreeMap<byte[], byte[]> sorted = new TreeMap<>(Arrays::compareUnsigned);
    byte[] pk = new byte[2048]; // all zeros: every byte escaped
    for (byte[] e : endings) {
      byte[] sk = Arrays.copyOf(shared, shared.length + e.length);
      System.arraycopy(e, 0, sk, shared.length, e.length);
      sorted.put(sk, sk);
      db.putItem(PutItemRequest.of("Bins", Map.of("pk", b(pk), "sk", b(sk))));
    }
    List<String> want = sorted.keySet().stream().map(Arrays::toString).toList();
    PageResponse r = db.query(QueryRequest.builder("Bins").keyCondition("pk = :p").values(Map.of(":p", b(pk))).build());
    assertEquals(want, r.items().stream().map(i -> Arrays.toString(((AttributeValue.B) i.get("sk")).value().unsafeArray())).toList());
  }

  private void put(String sk, int i) {
    Map<String, AttributeValue> item = new HashMap<>(key(sk));
    item.put("title", s(title(i % 3)));
    item.put("note", s(note(i)));
    item.put("i", n(i));
    db.putItem(PutItemRequest.of("Docs", item));
    model.put(sk, item);
  }

  /** Long index values sharing their first 1,500 bytes: the GSI's partition key. */
  private static String title(int t) {
    return "t".repeat(1500) + t;
  }

  /** Long LSI sort key values sharing 600 bytes, in a different order from the table's. */
  private static String note(int i) {
    return "n".repeat(600) + (char) ('z' - i);
  }

  private static Map<String, AttributeValue> key(String sk) {
    return Map.of("pk", s(PK), "sk", s(sk));
  }

  /** A query; with a start key (empty for the first page) one item per page. */
  private PageResponse query(String cond, Map<String, AttributeValue> values, boolean forward, Map<String, AttributeValue> start) {
    Map<String, AttributeValue> v = new HashMap<>(values);
    v.put(":p", s(PK));
    QueryRequest.Builder q = QueryRequest.builder("Docs").keyCondition(cond).values(v).scanIndexForward(forward);
    if (start != null) q.limit(1).exclusiveStartKey(start.isEmpty() ? null : start);
    return db.query(q.build());
  }

  private List<String> expected(Predicate<String> which) {
    return model.keySet().stream().filter(which).toList();
  }

  private static List<String> reversed(List<String> l) {
    List<String> r = new ArrayList<>(l);
    java.util.Collections.reverse(r);
    return r;
  }

  private static List<String> sks(PageResponse r) {
    return r.items().stream().map(i -> str(i.get("sk"))).toList();
  }

  private static String str(AttributeValue v) {
    return ((AttributeValue.S) v).value();
  }

  static int utf8Order(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
