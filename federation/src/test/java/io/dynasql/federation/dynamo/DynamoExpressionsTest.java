package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The typed trees as one request's expression strings: values always placeholders, reserved
 * words ({@code name}, {@code date}, {@code total}: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
 * as name placeholders, and the key condition, filter and projection sharing one map without clashes.
 */
class DynamoExpressionsTest {
  @Test
  void keyFilterAndProjectionShareOnePlaceholderMap() {
    DynamoExpressions e = new DynamoExpressions();
    String key = e.key(new KeyCondition("name", AttributeValue.s("ada"),
        new SortKeyCondition("date", SortKeyCondition.Operator.BETWEEN, AttributeValue.s("2026-01"), AttributeValue.s("2026-02"))));
    String filter = e.filter(new Condition.Comparison(ComparisonOperator.GT, Path.of("total"), new Value(AttributeValue.n("10"))));
    String projection = e.projection(Set.of("total", "name", "city"));
    assertEquals("#k0 = :k0 AND #k1 BETWEEN :k1 AND :k2", key);
    assertEquals("#f0 > :f0", filter); // TOTAL is reserved too
    assertEquals("city, #p0, #p1", projection);
    assertEquals(Map.of("#k0", "name", "#k1", "date", "#f0", "total", "#p0", "name", "#p1", "total"), e.names());
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values = e.values();
    assertEquals(Set.of(":k0", ":k1", ":k2", ":f0"), values.keySet());
    assertEquals("ada", values.get(":k0").s());
    assertEquals("2026-02", values.get(":k2").s());
    assertEquals("10", values.get(":f0").n());
  }

  @Test
  void aPartitionKeyAloneAndNoFilterNeedNoNames() {
    DynamoExpressions e = new DynamoExpressions();
    assertEquals("customer = :k0", e.key(new KeyCondition("customer", AttributeValue.s("c1"), null)));
    assertNull(e.filter(null));
    assertNull(e.projection(null));
    assertNull(e.names()); // the service refuses an empty ExpressionAttributeNames
  }

  @Test
  void beginsWithOnTheSortKeyIsTheFunction() {
    DynamoExpressions e = new DynamoExpressions();
    assertEquals("pk = :k0 AND begins_with(sk, :k1)", e.key(new KeyCondition("pk", AttributeValue.s("a"),
        new SortKeyCondition("sk", SortKeyCondition.Operator.BEGINS_WITH, AttributeValue.s("ORDER#"), null))));
  }
}
