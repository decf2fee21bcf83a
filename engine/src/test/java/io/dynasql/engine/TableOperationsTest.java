package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ListTablesResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TableOperationsTest {
  private final Database db = Database.temporary();

  @AfterEach
  void close() {
    db.close();
  }

  private static CreateTableRequest orders() {
    return CreateTableRequest.of("Orders", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byStatus", KeySchema.of("status", AttributeType.S, "sk", AttributeType.N)))
        .withLocalIndexes(new SecondaryIndex("byTotal", KeySchema.of("pk", AttributeType.S, "total", AttributeType.N),
            ProjectionType.KEYS_ONLY, List.of()));
  }

  @Test
  void createDescribeListDelete() {
    TableDescription created = db.createTable(orders());
    assertEquals("Orders", created.tableName());
    assertEquals(1, created.globalSecondaryIndexes().size());
    assertEquals(1, created.localSecondaryIndexes().size());
    db.putItem(PutItemRequest.of("Orders", Map.of("pk", s("c1"), "sk", n(1), "status", s("NEW"), "total", n(10))));
    TableDescription d = db.describeTable("Orders");
    assertEquals(1, d.itemCount());
    assertTrue(d.tableSizeBytes() > 0);
    assertEquals(1, d.globalSecondaryIndexes().get(0).itemCount());
    assertEquals(List.of("Orders"), db.listTables(null, null).tableNames());
    db.deleteTable("Orders");
    assertThrows(ResourceNotFoundException.class, () -> db.describeTable("Orders"));
    assertEquals(List.of(), db.listTables(null, null).tableNames());
  }

  @Test
  void namesKeepTheirCaseAndDuplicatesAreRejected() {
    db.createTable(CreateTableRequest.of("orders", KeySchema.of("pk", AttributeType.S)));
    db.createTable(CreateTableRequest.of("Orders", KeySchema.of("pk", AttributeType.S)));
    ResourceInUseException e = assertThrows(ResourceInUseException.class,
        () -> db.createTable(CreateTableRequest.of("orders", KeySchema.of("pk", AttributeType.S))));
    assertTrue(e.getMessage().contains("orders"), e.getMessage());
    assertEquals(List.of("Orders", "orders"), db.listTables(null, null).tableNames());
  }

  @Test
  void listTablesPages() {
    for (String n : List.of("aaa", "bbb", "ccc")) db.createTable(CreateTableRequest.of(n, KeySchema.of("pk", AttributeType.S)));
    ListTablesResponse first = db.listTables(null, 2);
    assertEquals(List.of("aaa", "bbb"), first.tableNames());
    assertEquals("bbb", first.lastEvaluatedTableName());
    ListTablesResponse second = db.listTables(first.lastEvaluatedTableName(), 2);
    assertEquals(List.of("ccc"), second.tableNames());
    assertNull(second.lastEvaluatedTableName());
    assertThrows(ValidationException.class, () -> db.listTables(null, 101));
  }

  @Test
  void invalidSchemasAreRejectedWithTheReason() {
    ValidationException name = assertThrows(ValidationException.class,
        () -> db.createTable(CreateTableRequest.of("a b", KeySchema.of("pk", AttributeType.S))));
    assertTrue(name.getMessage().contains("tableName"), name.getMessage());
    ValidationException lsi = assertThrows(ValidationException.class, () -> db.createTable(
        CreateTableRequest.of("t1x", KeySchema.of("pk", AttributeType.S))
            .withLocalIndexes(SecondaryIndex.all("l1x", KeySchema.of("pk", AttributeType.S, "x", AttributeType.S)))));
    assertTrue(lsi.getMessage().contains("range key"), lsi.getMessage());
    ValidationException types = assertThrows(ValidationException.class, () -> db.createTable(
        CreateTableRequest.of("t2x", KeySchema.of("pk", AttributeType.S))
            .withGlobalIndexes(SecondaryIndex.all("g1x", KeySchema.of("pk", AttributeType.N)))));
    assertTrue(types.getMessage().contains("different types"), types.getMessage());
    assertEquals(List.of(), db.listTables(null, null).tableNames());
  }

  @Test
  void updateTableAddsABackfilledIndexAndRemovesIt() {
    db.createTable(CreateTableRequest.of("Users", KeySchema.of("id", AttributeType.S)));
    for (int i = 0; i < 50; i++) {
      db.putItem(PutItemRequest.of("Users", i % 2 == 0
          ? Map.of("id", s("u" + i), "city", s("c" + (i % 5)))
          : Map.of("id", s("u" + i))));
    }
    TableDescription d = db.updateTable(UpdateTableRequest.createIndex("Users",
        SecondaryIndex.all("byCity", KeySchema.of("city", AttributeType.S))));
    assertEquals(25, d.globalSecondaryIndexes().get(0).itemCount(), "sparse: only items with a city");
    int found = db.query(QueryRequest.builder("Users").index("byCity").keyCondition("city = :c")
        .values(Map.of(":c", s("c0"))).build()).count();
    assertEquals(5, found);
    db.updateTable(UpdateTableRequest.deleteIndex("Users", "byCity"));
    assertEquals(0, db.describeTable("Users").globalSecondaryIndexes().size());
    assertThrows(ResourceNotFoundException.class,
        () -> db.updateTable(UpdateTableRequest.deleteIndex("Users", "byCity")));
  }
}
