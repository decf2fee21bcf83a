package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's engine example, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleRuns() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("Orders",
          KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N)));

      db.putItem(PutItemRequest.of("Orders", Map.of(
          "customer", s("alice"), "orderId", n(1), "total", n("19.90"), "status", s("NEW"))));
      db.putItem(PutItemRequest.of("Orders", Map.of(
          "customer", s("alice"), "orderId", n(2), "total", n("5"), "status", s("SHIPPED"))));

      ItemResponse get = db.getItem(GetItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1))));

      PageResponse shipped = db.query(QueryRequest.builder("Orders")
          .keyCondition("customer = :c").filter("#st = :s")
          .names(Map.of("#st", "status"))
          .values(Map.of(":c", s("alice"), ":s", s("SHIPPED"))).build());

      db.updateItem(UpdateItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1)),
              "SET #st = :paid", Expr.names(Map.of("#st", "status")).withValues(Map.of(":paid", s("PAID"), ":new", s("NEW"))))
          .withCondition("#st = :new"));

      assertEquals(n("19.9"), get.item().get("total"));
      assertEquals(0.5, get.consumedCapacity().readCapacityUnits());
      assertEquals(1, shipped.count());
      assertEquals(2, shipped.scannedCount());
      assertEquals(s("PAID"), db.getItem(GetItemRequest.of("Orders",
          Map.of("customer", s("alice"), "orderId", n(1)))).item().get("status"));
    }
  }
}
