package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's key sizes at their boundaries, for S (ASCII and multi-byte UTF-8) and B keys (with
 * bytes 0x00 and 0xFF, which the key encoding escapes), on tables and indexes. The limits are
 * AWS's, "Partition key length ... The maximum length is 2048 bytes" and "Sort key length ... The
 * maximum length is 1024 bytes"
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html); the
 * messages are DynamoDB's as its clients report them ("...maximum size limit of2048 bytes",
 * "Aggregated size of all range keys has exceeded the size limit of 1024 bytes", "Size limit
 * exceeded for Index Key c Actual Size: ... Max Size: 2048 bytes IndexName: ...").
 */
class KeyLimitsTest {
  private static final String HASH_TOO_LONG =
      "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes";
  private static final String RANGE_TOO_LONG =
      "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes";

  private final Database db = Database.temporary();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void stringKeysAtTheirLimits() {
    db.createTable(CreateTableRequest.of("Str", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S)));
    roundTrip("Str", s("p".repeat(2048)), s("s".repeat(1024)));
    // 682 three-byte euro signs and 2 ASCII: 2,048 UTF-8 bytes in 684 chars.
    roundTrip("Str", s("€".repeat(682) + "ab"), s("é".repeat(511) + "xy"));
    refused("Str", s("p".repeat(2049)), s("s"), HASH_TOO_LONG);
    refused("Str", s("€".repeat(683)), s("s"), HASH_TOO_LONG);
    refused("Str", s("p"), s("s".repeat(1025)), RANGE_TOO_LONG);
    refused("Str", s("p"), s("é".repeat(512) + "x"), RANGE_TOO_LONG);
  }

  @Test
  void binaryKeysAtTheirLimitsEscapesIncluded() {
    db.createTable(CreateTableRequest.of("Bin", KeySchema.of("pk", AttributeType.B, "sk", AttributeType.B)));
    roundTrip("Bin", b(bytes(2048, 0)), b(bytes(1024, 0)));        // every byte escaped: twice as long encoded
    roundTrip("Bin", b(bytes(2048, 0xFF)), b(bytes(1024, 0xFF)));
    roundTrip("Bin", b(bytes(2048, 0)), b(bytes(1024, 0xFF)));
    refused("Bin", b(bytes(2049, 0)), b(bytes(1, 1)), HASH_TOO_LONG);
    refused("Bin", b(bytes(1, 1)), b(bytes(1025, 0xFF)), RANGE_TOO_LONG);
  }

  @Test
  void numberSortKeyUnderTheLongestPartitionKey() {
    db.createTable(CreateTableRequest.of("Num", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    roundTrip("Num", s("p".repeat(2048)), AttributeValue.n("-1.5E-130"));
    roundTrip("Num", s("p".repeat(2048)), AttributeValue.n("99999999999999999999999999999999999999E+88"));
    assertEquals(2, db.query(QueryRequest.builder("Num").keyCondition("pk = :p").values(Map.of(":p", s("p".repeat(2048)))).build()).count());
  }

  @Test
  void indexKeysAtTheirLimits() {
    db.createTable(CreateTableRequest.of("Idx", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byG", KeySchema.of("g", AttributeType.S, "h", AttributeType.B)))
        .withLocalIndexes(SecondaryIndex.all("byL", KeySchema.of("pk", AttributeType.S, "l", AttributeType.S))));
    Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("p".repeat(2048)), "sk", s("s".repeat(1024)),
        "g", s("€".repeat(682) + "ab"), "h", b(bytes(1024, 0)), "l", s("l".repeat(1024))));
    db.putItem(PutItemRequest.of("Idx", item));
    assertEquals(List.of(item), db.query(QueryRequest.builder("Idx").index("byG").keyCondition("g = :g AND h = :h")
        .values(Map.of(":g", item.get("g"), ":h", item.get("h"))).build()).items());
    assertEquals(List.of(item), db.query(QueryRequest.builder("Idx").index("byL").keyCondition("pk = :p AND l = :l")
        .values(Map.of(":p", item.get("pk"), ":l", item.get("l"))).build()).items());
    indexRefused(item, "g", s("g".repeat(2049)), "Size limit exceeded for Index Key g Actual Size: 2049 bytes Max Size: 2048 bytes IndexName: byG");
    indexRefused(item, "h", b(bytes(1025, 0xFF)), "Size limit exceeded for Index Key h Actual Size: 1025 bytes Max Size: 1024 bytes IndexName: byG");
    indexRefused(item, "l", s("é".repeat(512) + "x"), "Size limit exceeded for Index Key l Actual Size: 1025 bytes Max Size: 1024 bytes IndexName: byL");
  }

  private void roundTrip(String table, AttributeValue pk, AttributeValue sk) {
    Map<String, AttributeValue> key = Map.of("pk", pk, "sk", sk);
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put("v", s("x"));
    db.putItem(PutItemRequest.of(table, item));
    assertEquals(item, db.getItem(GetItemRequest.of(table, key)).item());
    assertEquals(List.of(item), db.query(QueryRequest.builder(table).keyCondition("pk = :p AND sk = :s")
        .values(Map.of(":p", pk, ":s", sk)).build()).items());
    db.deleteItem(DeleteItemRequest.of(table, key));
    assertNull(db.getItem(GetItemRequest.of(table, key)).item());
    db.putItem(PutItemRequest.of(table, item)); // kept, so later keys share groups with it
  }

  private void refused(String table, AttributeValue pk, AttributeValue sk, String message) {
    Map<String, AttributeValue> key = Map.of("pk", pk, "sk", sk);
    ValidationException put = assertThrows(ValidationException.class, () -> db.putItem(PutItemRequest.of(table, key)));
    assertEquals(message, put.getMessage().substring(0, Math.min(message.length(), put.getMessage().length())));
    ValidationException get = assertThrows(ValidationException.class, () -> db.getItem(GetItemRequest.of(table, key)));
    assertEquals(message, get.getMessage().substring(0, Math.min(message.length(), get.getMessage().length())));
  }

  private void indexRefused(Map<String, AttributeValue> item, String attribute, AttributeValue value, String message) {
    Map<String, AttributeValue> bad = new HashMap<>(item);
    bad.put(attribute, value);
    ValidationException e = assertThrows(ValidationException.class, () -> db.putItem(PutItemRequest.of("Idx", bad)));
    assertEquals("One or more parameter values were invalid: " + message, e.getMessage());
  }

  private static byte[] bytes(int n, int fill) {
    byte[] out = new byte[n];
    java.util.Arrays.fill(out, (byte) fill);
    return out;
  }
}
