package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateTableExecutionTest {
  private final Database db = Database.temporary();

  @AfterEach
  void close() {
    db.close();
  }

  static Optional<TableDescription> run(Database db, String sql) {
    return DdlExecutor.execute(db, DdlParser.parse(sql).orElseThrow());
  }

  @Test
  void createsTheKeyAndRemembersEveryColumnWithItsDeclaredType() {
    TableDescription created = run(db, "CREATE TABLE Orders (customer VARCHAR(40) NOT NULL, orderId BIGINT, "
        + "total decimal(10,2), tags varchar array, paid BOOLEAN, doc JSON, PRIMARY KEY (customer, orderId))").orElseThrow();
    assertEquals(KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N), created.keySchema());
    assertEquals(created.keySchema(), db.describeTable("Orders").keySchema());
    assertEquals(BillingMode.PAY_PER_REQUEST, created.billingMode());
    assertEquals("STANDARD", created.tableClass());
    // key columns too: a BIGINT key must read back as BIGINT, not as the N type's DECIMAL
    assertEquals(List.of(
        new ColumnInfo("customer", "VARCHAR(40)", ColumnInfo.DECLARED),
        new ColumnInfo("orderId", "BIGINT", ColumnInfo.DECLARED),
        new ColumnInfo("total", "DECIMAL(10, 2)", ColumnInfo.DECLARED),
        new ColumnInfo("tags", "VARCHAR ARRAY", ColumnInfo.DECLARED),
        new ColumnInfo("paid", "BOOLEAN", ColumnInfo.DECLARED),
        new ColumnInfo("doc", "JSON", ColumnInfo.DECLARED)), db.descriptor("Orders").columns());
  }

  @Test
  void localIndexesAreCreatedWithTheTable() {
    run(db, "CREATE TABLE tbl (pk VARBINARY, sk INT, total DECIMAL, status TEXT, PRIMARY KEY (pk, sk), "
        + "LOCAL INDEX byTotal (total) KEYS_ONLY, LOCAL INDEX byStatus (pk, status) INCLUDE (total, note))");
    List<IndexDescription> locals = db.describeTable("tbl").localSecondaryIndexes();
    assertEquals(2, locals.size());
    IndexDescription byTotal = locals.get(0);
    assertEquals("byTotal", byTotal.indexName());
    assertEquals(IndexKind.LOCAL, byTotal.kind());
    assertEquals(KeySchema.of("pk", AttributeType.B, "total", AttributeType.N), byTotal.keySchema());
    assertEquals(ProjectionType.KEYS_ONLY, byTotal.projectionType());
    IndexDescription byStatus = locals.get(1);
    assertEquals(KeySchema.of("pk", AttributeType.B, "status", AttributeType.S), byStatus.keySchema());
    assertEquals(ProjectionType.INCLUDE, byStatus.projectionType());
    assertEquals(List.of("total", "note"), byStatus.nonKeyAttributes());
    assertEquals(List.of(), db.describeTable("tbl").globalSecondaryIndexes());
  }

  @Test
  void withOptionsSetBillingAndClass() {
    TableDescription t = run(db, "CREATE TABLE tbl (k INT PRIMARY KEY) WITH (read_capacity = 5, write_capacity = 2, "
        + "table_class = 'STANDARD_INFREQUENT_ACCESS')").orElseThrow();
    assertEquals(BillingMode.PROVISIONED, t.billingMode());
    assertEquals(5, t.readCapacityUnits());
    assertEquals(2, t.writeCapacityUnits());
    assertEquals("STANDARD_INFREQUENT_ACCESS", t.tableClass());
  }

  @Test
  void namesAreStoredAsWritten() {
    run(db, "CREATE TABLE orders (pk TEXT PRIMARY KEY)");
    run(db, "create table Orders (PK text primary key)");
    run(db, "CREATE TABLE \"ORDERS.v-2\" (\"Pk\" TEXT PRIMARY KEY)");
    assertEquals(List.of("ORDERS.v-2", "Orders", "orders"), db.listTables(null, null).tableNames());
    assertEquals("PK", db.describeTable("Orders").keySchema().partitionKey());
    assertEquals("Pk", db.describeTable("ORDERS.v-2").keySchema().partitionKey());
  }

  @Test
  void ifNotExistsSkipsAnExistingTable() {
    run(db, "CREATE TABLE tbl (k INT PRIMARY KEY, a TEXT)");
    assertThrows(ResourceInUseException.class, () -> run(db, "CREATE TABLE tbl (k INT PRIMARY KEY)"));
    assertEquals(Optional.empty(), run(db, "CREATE TABLE IF NOT EXISTS tbl (other TEXT PRIMARY KEY)"));
    assertEquals("k", db.describeTable("tbl").keySchema().partitionKey());
    assertTrue(run(db, "CREATE TABLE IF NOT EXISTS other (k INT PRIMARY KEY)").isPresent());
  }

  @Test
  void engineErrorsPropagate() {
    // a name DynamoDB refuses never reaches the engine: SQLState 42602 instead of the engine's 22000
    InvalidNameException name = assertThrows(InvalidNameException.class, () -> run(db, "CREATE TABLE \"no spaces\" (k INT PRIMARY KEY)"));
    assertEquals("42602", name.sqlState());
    assertThrows(ValidationException.class,
        () -> run(db, "CREATE TABLE tbl (k INT PRIMARY KEY) WITH (billing_mode = 'PAY_PER_REQUEST', read_capacity = 1)"));
    assertThrows(ValidationException.class, () -> run(db, "CREATE TABLE tbl (k INT PRIMARY KEY) WITH (billing_mode = PROVISIONED)"));
    ValidationException noSortKey = assertThrows(ValidationException.class,
        () -> run(db, "CREATE TABLE tbl (k INT PRIMARY KEY, x INT, LOCAL INDEX byX (x))"));
    assertTrue(noSortKey.getMessage().contains("range key"), noSortKey.getMessage());
    assertEquals(List.of(), db.listTables(null, null).tableNames());
  }

  @Test
  void dropTable() {
    run(db, "CREATE TABLE tbl (k INT PRIMARY KEY)");
    assertEquals("tbl", run(db, "DROP TABLE tbl;").orElseThrow().tableName());
    assertThrows(ResourceNotFoundException.class, () -> db.describeTable("tbl"));
    assertThrows(ResourceNotFoundException.class, () -> run(db, "DROP TABLE tbl"));
    assertEquals(Optional.empty(), run(db, "DROP TABLE IF EXISTS tbl"));
    assertThrows(ResourceNotFoundException.class, () -> run(db, "DROP TABLE TBL"));
  }
}
