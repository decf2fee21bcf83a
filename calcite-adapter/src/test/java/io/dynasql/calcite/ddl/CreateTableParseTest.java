package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateTableParseTest {

  static DdlStatement.CreateTable create(String sql) {
    return (DdlStatement.CreateTable) DdlParser.parse(sql).orElseThrow();
  }

  @Test
  void tableLevelPrimaryKeyGivesPartitionThenSortKey() {
    DdlStatement.CreateTable c = create("CREATE TABLE Orders (customer VARCHAR(40), orderId BIGINT, total DECIMAL(10,2), "
        + "PRIMARY KEY (customer, orderId))");
    assertEquals("Orders", c.table());
    assertFalse(c.ifNotExists());
    assertEquals(KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N), c.key());
    assertEquals(List.of(
        new ColumnDef("customer", new ColumnType("VARCHAR(40)", AttributeType.S), false),
        new ColumnDef("orderId", new ColumnType("BIGINT", AttributeType.N), false),
        new ColumnDef("total", new ColumnType("DECIMAL(10, 2)", AttributeType.N), false)), c.columns());
    assertEquals(List.of(), c.localIndexes());
    assertEquals(TableOptions.DEFAULTS, c.options());
  }

  @Test
  void columnPrimaryKeyMarksInDeclarationOrder() {
    assertEquals(KeySchema.of("id", AttributeType.B),
        create("CREATE TABLE t (id VARBINARY(16) PRIMARY KEY NOT NULL, v TEXT)").key());
    assertEquals(KeySchema.of("a", AttributeType.N, "b", AttributeType.S),
        create("CREATE TABLE t (x JSON, a INT NOT NULL PRIMARY KEY, b STRING PRIMARY KEY)").key());
  }

  @Test
  void notNullIsKept() {
    DdlStatement.CreateTable c = create("CREATE TABLE t (k INT PRIMARY KEY, name VARCHAR NOT NULL, note TEXT)");
    assertTrue(c.columns().get(1).notNull());
    assertFalse(c.columns().get(2).notNull());
  }

  @Test
  void namesAreKeptAsWrittenQuotedOrNot() {
    DdlStatement.CreateTable lower = create("create table orders (pk varchar primary key)");
    assertEquals("orders", lower.table());
    assertEquals("pk", lower.key().partitionKey());
    DdlStatement.CreateTable mixed = create("CREATE TABLE Orders (PK VARCHAR PRIMARY KEY, \"Order Date\" TEXT)");
    assertEquals("Orders", mixed.table());
    assertEquals("PK", mixed.key().partitionKey());
    assertEquals("Order Date", mixed.columns().get(1).name());
    DdlStatement.CreateTable quoted = create("CREATE TABLE \"my-table.v2\" (\"say \"\"hi\"\"\" INT PRIMARY KEY)");
    assertEquals("my-table.v2", quoted.table());
    assertEquals("say \"hi\"", quoted.key().partitionKey());
  }

  @Test
  void keywordsAreNotReserved() {
    DdlStatement.CreateTable c = create("CREATE TABLE if (primary VARCHAR PRIMARY KEY, local INT, key TEXT, \"index\" INT)");
    assertEquals("if", c.table());
    assertEquals("primary", c.key().partitionKey());
    assertEquals(List.of("primary", "local", "key", "index"), c.columns().stream().map(ColumnDef::name).toList());
  }

  @Test
  void ifNotExistsSemicolonAndComments() {
    DdlStatement.CreateTable c = create("-- orders\nCREATE TABLE IF NOT EXISTS t ( /* key */ k INT PRIMARY KEY ) ;");
    assertTrue(c.ifNotExists());
    assertEquals("t", c.table());
  }

  @Test
  void withOptions() {
    assertEquals(new TableOptions(BillingMode.PROVISIONED, 5, 7, "STANDARD_INFREQUENT_ACCESS"),
        create("CREATE TABLE t (k INT PRIMARY KEY) WITH (billing_mode = 'PROVISIONED', read_capacity = 5, "
            + "write_capacity = 7, table_class = 'STANDARD_INFREQUENT_ACCESS')").options());
    assertEquals(new TableOptions(BillingMode.PAY_PER_REQUEST, 0, 0, "STANDARD"),
        create("CREATE TABLE t (k INT PRIMARY KEY) with (BILLING_MODE = pay_per_request, Table_Class = 'standard');").options());
  }

  @Test
  void capacitiesAloneImplyProvisioned() {
    assertEquals(new TableOptions(BillingMode.PROVISIONED, 10, 0, null),
        create("CREATE TABLE t (k INT PRIMARY KEY) WITH (read_capacity = 10)").options());
  }

  @Test
  void inlineLocalIndexesTakeTheTablePartitionKey() {
    DdlStatement.CreateTable c = create("CREATE TABLE t (pk TEXT, sk INT, total DECIMAL, status TEXT, "
        + "PRIMARY KEY (pk, sk), LOCAL INDEX byTotal (total) KEYS_ONLY, local index byStatus (pk, status) include (total, note), "
        + "LOCAL INDEX \"all\" (total) ALL, LOCAL INDEX plain (status))");
    assertEquals(List.of(
        new LocalIndexDef("byTotal", "total", new Projection(ProjectionType.KEYS_ONLY, List.of())),
        new LocalIndexDef("byStatus", "status", new Projection(ProjectionType.INCLUDE, List.of("total", "note"))),
        new LocalIndexDef("all", "total", Projection.ALL),
        new LocalIndexDef("plain", "status", Projection.ALL)), c.localIndexes());
  }
}
