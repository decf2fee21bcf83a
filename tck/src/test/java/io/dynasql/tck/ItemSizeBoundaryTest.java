package io.dynasql.tck;

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
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Byte-exact item sizes, checked through write units: an item padded to exactly 1024 bytes by
 * dynasql's count must cost 1 unit on DynamoDB Local, and one byte more must cost 2. Any
 * disagreement means dynasql sizes that value differently, by the amount of the difference.
 */
class ItemSizeBoundaryTest {
  private static DynamoLocal local;
  private static DynamoDbClient ddb;

  @BeforeAll
  static void start() {
    local = new DynamoLocal();
    ddb = local.client();
    ddb.createTable(b -> b.tableName("Sizes").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  private static double localUnits(Map<String, AttributeValue> item) {
    return ddb.putItem(b -> b.tableName("Sizes").item(SdkValues.toSdk(item))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
  }

  private static int next;

  /**
   * The value padded so that dynasql counts the item at exactly {@code target} bytes. Every item
   * gets a fresh key of the same length: overwriting would charge the larger of old and new.
   */
  private static Map<String, AttributeValue> padded(AttributeValue v, int target) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", s(String.format("k%04d", next++)));
    item.put("v", v);
    int without = ItemSize.of(item) + ItemSize.attribute("pad", s(""));
    item.put("pad", s("x".repeat(target - without)));
    assertEquals(target, ItemSize.of(item));
    return item;
  }

  @Test
  void sizesAgreeByteForByteAtTheUnitBoundary() {
    List<AttributeValue> values = List.of(
        AttributeValue.n("0"), AttributeValue.n("1"), AttributeValue.n("12"), AttributeValue.n("123"),
        AttributeValue.n("-1"), AttributeValue.n("-123"), AttributeValue.n("1.1"), AttributeValue.n("10.01"),
        AttributeValue.n("0.001"), AttributeValue.n("1000"), AttributeValue.n("123456789012345678901234567890"),
        AttributeValue.n("1E+100"), AttributeValue.n("-0.00000000123"), AttributeValue.n("99999999999999999999999999999999999999"),
        AttributeValue.bool(true), AttributeValue.nul(), s("héllo"), AttributeValue.b(new byte[7]),
        AttributeValue.l(AttributeValue.n("1"), s("ab")), AttributeValue.m(Map.of("k", s("v"), "n", AttributeValue.n("5"))),
        AttributeValue.ss("a", "bb"), AttributeValue.ns("1", "22", "-3.5"), AttributeValue.l(), AttributeValue.m(Map.of()));
    List<String> wrong = new ArrayList<>();
    for (AttributeValue v : values) {
      double at = localUnits(padded(v, 1024));
      double over = localUnits(padded(v, 1025));
      if (at != 1.0 || over != 2.0) {
        wrong.add(v + ": at our 1024 bytes Local charged " + at + ", at our 1025 bytes " + over);
      }
    }
    assertEquals(List.of(), wrong, "item sizes differ from DynamoDB Local:\n" + String.join("\n", wrong));
  }
}
