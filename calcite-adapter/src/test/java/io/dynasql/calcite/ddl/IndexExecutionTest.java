package io.dynasql.calcite.ddl;

import static io.dynasql.calcite.ddl.CreateTableExecutionTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexExecutionTest {
  private final Database db = Database.temporary();

  @BeforeEach
  void orders() {
    run(db, "CREATE TABLE Orders (customer TEXT, orderId BIGINT, status VARCHAR(10), total DECIMAL(10, 2), note TEXT, "
        + "paid BOOLEAN, PRIMARY KEY (customer, orderId), LOCAL INDEX byTotal (total))");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void put(String customer, int orderId, String status, String total) {
    Map<String, AttributeValue> item = new HashMap<>(Map.of("customer", new AttributeValue.S(customer),
        "orderId", new AttributeValue.N(BigDecimal.valueOf(orderId)), "total", new AttributeValue.N(new BigDecimal(total))));
    if (status != null) item.put("status", new AttributeValue.S(status));
    db.putItem(PutItemRequest.of("Orders", item));
  }

  @Test
  void createIndexBackfillsExistingItems() {
    put("alice", 1, "NEW", "10");
    put("alice", 2, "SHIPPED", "20");
    put("bob", 1, "NEW", "5.5");
    put("bob", 2, null, "1");
    IndexDescription byStatus = run(db, "CREATE INDEX byStatus ON Orders (status, total) INCLUDE (note)").orElseThrow()
        .globalSecondaryIndexes().get(0);
    assertEquals(new IndexDescription("byStatus", IndexKind.GLOBAL, KeySchema.of("status", AttributeType.S, "total", AttributeType.N),
        ProjectionType.INCLUDE, List.of("note"), "ACTIVE", 3, byStatus.indexSizeBytes()), byStatus);
    List<Map<String, AttributeValue>> fresh = db.query(QueryRequest.builder("Orders").index("byStatus")
        .keyCondition("#s = :s").names(Map.of("#s", "status")).values(Map.of(":s", new AttributeValue.S("NEW"))).build()).items();
    assertEquals(List.of("5.5", "10"),
        fresh.stream().map(i -> ((AttributeValue.N) i.get("total")).value().toPlainString()).toList());
  }

  @Test
  void indexKeyTypesComeFromTheTableKeyAndDeclarations() {
    assertEquals(KeySchema.of("orderId", AttributeType.N, "customer", AttributeType.S),
        run(db, "CREATE GLOBAL INDEX byId ON Orders (orderId, customer) KEYS_ONLY").orElseThrow()
            .globalSecondaryIndexes().get(0).keySchema());
    db.setColumns("Orders", List.of(new ColumnInfo("score", "BIGINT", ColumnInfo.SAMPLED)));
    assertEquals(KeySchema.of("score", AttributeType.N),
        run(db, "CREATE INDEX byScore ON Orders (score)").orElseThrow().globalSecondaryIndexes().get(1).keySchema());
  }

  @Test
  void indexKeysOfApiMadeTablesKeepTheirTypes() {
    db.createTable(CreateTableRequest.of("Api", KeySchema.of("pk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byG", KeySchema.of("g", AttributeType.B))));
    assertEquals(KeySchema.of("g", AttributeType.B, "pk", AttributeType.S),
        run(db, "CREATE INDEX byG2 ON Api (g, pk)").orElseThrow().globalSecondaryIndexes().get(1).keySchema());
  }

  @Test
  void indexKeysMustBeKnownColumnsOfKeyTypes() {
    ValidationException unknown = assertThrows(ValidationException.class, () -> run(db, "CREATE INDEX idx ON Orders (Status, nope)"));
    assertEquals("Key columns Status, nope of index idx are not columns of table Orders: an index key must be a key column"
        + " of the table or a column declared in CREATE TABLE", unknown.getMessage());
    ValidationException bool = assertThrows(ValidationException.class, () -> run(db, "CREATE INDEX idx ON Orders (paid)"));
    assertEquals("Key column paid of index idx has type BOOLEAN, but a key must be a string (S), number (N) or binary (B)"
        + " type such as VARCHAR, BIGINT, DECIMAL or VARBINARY", bool.getMessage());
    assertThrows(ResourceNotFoundException.class, () -> run(db, "CREATE INDEX idx ON Missing (a)"));
  }

  @Test
  void ifNotExistsSkipsAnExistingIndex() {
    run(db, "CREATE INDEX byStatus ON Orders (status)");
    ResourceInUseException taken = assertThrows(ResourceInUseException.class, () -> run(db, "CREATE INDEX byStatus ON Orders (note)"));
    assertEquals("Index byStatus already exists on table Orders", taken.getMessage());
    assertThrows(ResourceInUseException.class, () -> run(db, "CREATE LOCAL INDEX byTotal ON Orders (customer, total)"));
    assertEquals(Optional.empty(), run(db, "CREATE INDEX IF NOT EXISTS byStatus ON Orders (note)"));
    assertEquals(Optional.empty(), run(db, "CREATE INDEX IF NOT EXISTS byTotal ON Orders (total)"));
    assertEquals("status", db.describeTable("Orders").globalSecondaryIndexes().get(0).keySchema().partitionKey());
  }

  @Test
  void localIndexesCannotBeAddedLater() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> run(db, "CREATE LOCAL INDEX byNote ON Orders (customer, note)"));
    assertEquals("Cannot add local index byNote to existing table Orders: DynamoDB creates local secondary indexes only"
        + " with their table. Declare it in CREATE TABLE (..., LOCAL INDEX byNote (sort_key)), or create a global index"
        + " with CREATE INDEX", e.getMessage());
    assertEquals(Optional.empty(), run(db, "CREATE LOCAL INDEX IF NOT EXISTS byTotal ON Orders (customer, total)"));
  }

  @Test
  void dropIndex() {
    run(db, "CREATE INDEX byStatus ON Orders (status)");
    assertEquals(List.of(), run(db, "DROP INDEX byStatus ON Orders").orElseThrow().globalSecondaryIndexes());
    assertThrows(ResourceNotFoundException.class, () -> run(db, "DROP INDEX byStatus ON Orders"));
    assertEquals(Optional.empty(), run(db, "DROP INDEX IF EXISTS byStatus ON Orders"));
    assertThrows(ResourceNotFoundException.class, () -> run(db, "DROP INDEX IF EXISTS byStatus ON Missing"));
  }

  @Test
  void localIndexesCannotBeDropped() {
    ValidationException e = assertThrows(ValidationException.class, () -> run(db, "DROP INDEX IF EXISTS byTotal ON Orders"));
    assertEquals("Cannot drop index byTotal of table Orders: it is a local secondary index, and DynamoDB cannot delete one;"
        + " it lives as long as its table (to remove it, recreate the table without it)", e.getMessage());
    assertTrue(db.describeTable("Orders").localSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals("byTotal")));
  }
}
