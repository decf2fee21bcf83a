package io.dynasql.tck;

import io.dynasql.federation.dynamo.SdkValues;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Byte-exact item sizes: an item dynasql counts at exactly 1024 bytes (the write unit boundary)
 * must be 1024 bytes by the rules AWS documents
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html,
 * computed by {@link DocumentedItemSize}); and the 400 KB item limit
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html, "Item
 * size") must fall at the same byte on dynasql and on the moto server. Where a reference
 * differs, {@link KnownDifferences} says why.
 */
class ItemSizeBoundaryTest {
  private static final String CASES = "item size: ";
  private static final int LIMIT = 400 * 1024;
  private static MotoServer moto;
  private static DynamoDbClient ddb;
  private static Database db;
  private static int next;

  @BeforeAll
  static void start() {
    moto = new MotoServer();
    ddb = moto.client();
    ddb.createTable(b -> b.tableName("Sizes").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Sizes", KeySchema.of("pk", AttributeType.S)));
  }

  @AfterAll
  static void stop() {
    db.close();
    moto.close();
  }

  /** The value padded so that dynasql counts the item at exactly {@code target} bytes, under a fresh key. */
  private static Map<String, AttributeValue> padded(AttributeValue v, int target) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", s(String.format("k%04d", next++)));
    item.put("v", v);
    int without = ItemSize.of(item) + ItemSize.attribute("pad", s(""));
    item.put("pad", s("x".repeat(target - without)));
    assertEquals(target, ItemSize.of(item));
    return item;
  }

  private static void check(List<String> mismatches, String prefix) {
    List<String> unexpected = mismatches.stream().filter(m -> !KnownDifferences.explains(m)).toList();
    assertEquals(List.of(), unexpected, "item sizes differ:\n" + String.join("\n", unexpected));
    assertEquals(List.of(), KnownDifferences.unused(prefix), "known differences that no longer occur: remove them");
  }

  @Test
  void sizesAgreeWithTheDocumentedRulesAtTheUnitBoundary() {
    List<AttributeValue> values = List.of(
        AttributeValue.n("0"), AttributeValue.n("1"), AttributeValue.n("12"), AttributeValue.n("123"),
        AttributeValue.n("-1"), AttributeValue.n("-123"), AttributeValue.n("1.1"), AttributeValue.n("10.01"),
        AttributeValue.n("0.001"), AttributeValue.n("1000"), AttributeValue.n("123456789012345678901234567890"),
        AttributeValue.n("1E+100"), AttributeValue.n("-0.00000000123"), AttributeValue.n("99999999999999999999999999999999999999"),
        AttributeValue.bool(true), AttributeValue.nul(), s("héllo"), AttributeValue.b(new byte[7]),
        AttributeValue.l(AttributeValue.n("1"), s("ab")), AttributeValue.m(Map.of("k", s("v"), "n", AttributeValue.n("5"))),
        AttributeValue.ss("a", "bb"), AttributeValue.ns("1", "22", "-3.5"), AttributeValue.l(), AttributeValue.m(Map.of()));
    List<String> mismatches = new ArrayList<>();
    for (AttributeValue v : values) {
      int documented = DocumentedItemSize.of(padded(v, 1024));
      if (documented != 1024) mismatches.add(CASES + v + ": dynasql counts 1024 bytes, the documented rules " + documented);
    }
    check(mismatches, CASES + "N");
  }

  @Test
  void theFourHundredKilobyteLimitFallsOnTheSameByte() {
    List<String> mismatches = new ArrayList<>();
    for (int size : new int[] {LIMIT, LIMIT + 1}) {
      Map<String, AttributeValue> item = padded(s("v"), size);
      Outcome ours = Outcome.of(() -> db.putItem(PutItemRequest.of("Sizes", item)) != null);
      Outcome theirs = Outcome.of(() -> ddb.putItem(b -> b.tableName("Sizes").item(SdkValues.toSdk(item))) != null);
      boolean documented = size <= LIMIT;
      if (ours.failed() == documented) mismatches.add("dynasql, an item of " + size + " bytes: " + ours);
      if (theirs.failed() == documented) mismatches.add(CASES + "moto's limit, an item of " + size + " bytes: " + theirs);
    }
    check(mismatches, CASES + "moto");
  }
}
