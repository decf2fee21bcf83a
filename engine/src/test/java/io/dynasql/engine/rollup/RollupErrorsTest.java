package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refusals name what was wrong and change nothing; a group whose count reaches 0 disappears; the
 * view's table is written only through its base. Errors are DynamoDB's kinds
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html).
 */
class RollupErrorsTest {
  private static final List<RollupAggregate> COUNT = List.of(new RollupAggregate(RollupFunction.COUNT_STAR, null, "n"));

  private static Database withOrders() {
    Database db = Database.temporary();
    db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
    db.putItem(PutItemRequest.of("orders", Map.of("id", s("a"), "status", s("OPEN"), "total", n(5))));
    return db;
  }

  @Test
  void badRequestsAreRefusedAndChangeNothing() {
    try (Database db = withOrders()) {
      assertMessage(ResourceNotFoundException.class, "nosuch", () -> db.createMaterializedView(
          new CreateMaterializedViewRequest("by_status", "nosuch", List.of("status"), COUNT)));
      assertMessage(ValidationException.class, "GROUP BY", () -> db.createMaterializedView(
          new CreateMaterializedViewRequest("by_status", "orders", List.of(), COUNT)));
      assertMessage(ResourceInUseException.class, "orders", () -> db.createMaterializedView(
          new CreateMaterializedViewRequest("orders", "orders", List.of("status"), COUNT)));
      assertMessage(ValidationException.class, "'_n'", () -> db.createMaterializedView(new CreateMaterializedViewRequest(
          "by_status", "orders", List.of("status"), List.of(new RollupAggregate(RollupFunction.COUNT_STAR, null, "_n")))));
      assertMessage(ValidationException.class, "x!", () -> db.createMaterializedView(
          new CreateMaterializedViewRequest("x!", "orders", List.of("status"), COUNT)));
      assertEquals(List.of("orders"), db.listTables(null, null).tableNames());
      assertTrue(db.materializedViews("orders").isEmpty());
    }
  }

  @Test
  void aGroupDisappearsWhenItsLastItemGoes() {
    try (Database db = withOrders()) {
      db.createMaterializedView(new CreateMaterializedViewRequest("by_status", "orders", List.of("status"), COUNT));
      Map<String, io.dynasql.engine.model.AttributeValue> open = Map.of("_group", s(GroupKey.of(Map.of("status", s("OPEN")), List.of("status"))));
      assertEquals(n(1), db.getItem(GetItemRequest.of("by_status", open)).item().get("n"));
      db.deleteItem(DeleteItemRequest.of("orders", Map.of("id", s("a"))));
      assertNull(db.getItem(GetItemRequest.of("by_status", open)).item());
      assertEquals(0, db.describeTable("by_status").itemCount());
    }
  }

  @Test
  void theViewTableIsWrittenOnlyThroughItsBase() {
    try (Database db = withOrders()) {
      db.createMaterializedView(new CreateMaterializedViewRequest("by_status", "orders", List.of("status"), COUNT));
      assertMessage(ValidationException.class, "write to orders instead", () -> db.putItem(PutItemRequest.of("by_status",
          Map.of("_group", s("x"), "n", n(7)))));
      assertEquals(1, db.describeTable("by_status").itemCount());
      assertMessage(ValidationException.class, "DROP MATERIALIZED VIEW", () -> db.deleteTable("by_status"));
      assertMessage(ValidationException.class, "by_status", () -> db.deleteTable("orders"));
      db.dropMaterializedView("by_status");
      assertEquals(List.of("orders"), db.listTables(null, null).tableNames());
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("b"), "status", s("PAID"))));
      db.deleteTable("orders");
      assertMessage(ResourceNotFoundException.class, "by_status", () -> db.refreshMaterializedView("by_status"));
    }
  }

  private static void assertMessage(Class<? extends DynamoException> type, String part, Runnable r) {
    DynamoException e = assertThrows(type, r::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
