package io.dynasql.pushdown;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * When the lookup rule replaces a join's SCAN and when it leaves it: lookups are priced against the
 * SCAN in read units (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html),
 * so a small table is still scanned when its outer side has many keys, and a forbidden index is
 * not looked up. 100 customers of about 1 KB with a global index on email, 10 orders each.
 */
class LookupPlanTest {
  private static PlanFixture fixture(boolean forbidIndexes) {
    InMemoryBackend cb = new InMemoryBackend(new TableShape("customers", KeySchema.of("customer", AttributeType.S),
        List.of(new IndexShape("byEmail", IndexKind.GLOBAL, KeySchema.of("email", AttributeType.S), ProjectionType.ALL, List.of()))), 50);
    for (int i = 0; i < 100; i++) {
      cb.put(Map.of("customer", s("c" + i), "region", s(i % 4 == 0 ? "EU" : "US"), "email", s("e" + i), "pad", s("p".repeat(1000))));
    }
    InMemoryBackend ob = new InMemoryBackend(new TableShape("orders", KeySchema.of("customer", AttributeType.S, "id", AttributeType.N), List.of()), 50);
    for (int i = 0; i < 1000; i++) ob.put(Map.of("customer", s("c" + i % 100), "id", n(i), "email", s("e" + i % 100), "total", n(i)));
    FakeTable customers = new FakeTable(cb).column("customer", SqlTypeName.VARCHAR).column("region", SqlTypeName.VARCHAR)
        .column("email", SqlTypeName.VARCHAR);
    if (forbidIndexes) customers.forbidIndexes();
    return new PlanFixture().table("customers", customers)
        .table("orders", new FakeTable(ob).column("customer", SqlTypeName.VARCHAR).column("id", SqlTypeName.BIGINT)
            .column("email", SqlTypeName.VARCHAR).column("total", SqlTypeName.BIGINT));
  }

  @Test
  void oneCustomersOrdersAreOneQuery() {
    String plan = fixture(false).explain("SELECT o.id, c.region FROM customers c JOIN orders o ON o.customer = c.customer WHERE c.customer = 'c1'");
    assertTrue(plan.contains("DynamoLookupJoin(joinType=[inner], path=[access=QUERY per key table=orders key=[customer = outer.customer]"), plan);
    assertTrue(plan.contains("est_calls=[1]") && !plan.contains("access=SCAN"), plan);
  }

  @Test
  void aFewOrdersLookUpTheirCustomersThroughTheIndex() {
    String plan = fixture(false).explain("SELECT o.id, c.region FROM orders o JOIN customers c ON c.email = o.email WHERE o.customer = 'c7'");
    assertTrue(plan.contains("access=QUERY per key table=customers index=byEmail key=[email = outer.email]"), plan);
  }

  @Test
  void aForbiddenIndexIsNotLookedUp() {
    String plan = fixture(true).explain("SELECT o.id, c.region FROM orders o JOIN customers c ON c.email = o.email WHERE o.customer = 'c7'");
    assertFalse(plan.contains("byEmail"), plan);
    assertTrue(plan.contains("access=SCAN table=customers"), plan);
  }

  @Test
  void manyKeysIntoASmallTableStillScanIt() {
    // up to 100 distinct customers of 1 KB: 100 half units of BATCH_GET against a 25-unit SCAN
    String plan = fixture(false).explain("SELECT o.id, c.region FROM orders o JOIN customers c ON c.customer = o.customer");
    assertFalse(plan.contains("DynamoLookupJoin"), plan);
    assertTrue(plan.contains("access=SCAN table=customers"), plan);
  }
}
