package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.dml.SourceWrite;
import io.dynasql.calcite.dml.SourceWriteResult;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The labels of writes to a DynamoDB source's table: the write units are the ones the service
 * reports (ReturnConsumedCapacity INDEXES,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html), priced at
 * the connection's writeUnitPrice, with the index's units on a line of its own, and kept in
 * sys.access_log; and the condition that keeps a row write from overwriting a change made since the
 * statement read the row: an UpdateItem whose guard fails is skipped and not counted
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html).
 */
class DynamoSourceWriteLabelTest {
  private static final Pattern UNITS = Pattern.compile(" write_units=([0-9.]+) cost_usd=([0-9.]+) ");
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void aPutIsPricedAtTheConnectionsWriteUnitPriceWithItsIndexOnALineOfItsOwn() throws SQLException {
    var r = f.update("INSERT INTO live.Orders (customer, orderId, total, status) VALUES ('l1', 1, 5, 'NEW')");
    // what the service reports for the same put, done again through the SDK on another key
    var reported = f.moto.client().putItem(b -> b.tableName("Orders").item(Map.of(
        "customer", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("l1"),
        "orderId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("2"),
        "total", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("5"),
        "status", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("NEW")))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    Matcher m = UNITS.matcher(r.writes().get(0));
    assertTrue(m.find(), r.writes().toString());
    double units = Double.parseDouble(m.group(1));
    assertEquals(String.format(Locale.ROOT, "%.8f", units * 0.625 / 1e6), m.group(2)); // writeUnitPrice's default
    double tableUnits = reported.table() != null ? reported.table().capacityUnits() : reported.capacityUnits();
    assertEquals(String.format(Locale.ROOT, "%.1f", tableUnits), m.group(1), r.lines().toString());
    // an index line exactly when the service reports the index's units (AWS does; moto 5 reports only the table's)
    boolean indexReported = reported.hasGlobalSecondaryIndexes() && reported.globalSecondaryIndexes().containsKey("byStatus");
    assertEquals(indexReported ? 2 : 1, r.writes().size(), r.lines().toString());
    if (indexReported) assertTrue(r.writes().get(1).startsWith("access=WRITE source=live table=Orders index=byStatus "), r.lines().toString());
    List<String> log = f.rows("SELECT access, source, remote_sql, items_returned FROM sys.access_log WHERE source = 'live'"
        + " AND access = 'WRITE' AND index_name IS NULL");
    assertTrue(log.contains("WRITE live PutItem 1"), log.toString());
  }

  @Test
  void aRowWriteWhoseReadValuesChangedIsSkippedAndNotCounted() throws SQLException {
    f.put("Orders", "l2", 1, 10, "NEW");
    f.put("Orders", "l2", 2, 20, "NEW");
    var d = new io.dynasql.federation.catalog.SourceDefinition("live", io.dynasql.federation.catalog.SourceType.DYNAMODB,
        Map.of(io.dynasql.federation.catalog.SourceOption.ENDPOINT, f.moto.url(),
            io.dynasql.federation.catalog.SourceOption.REGION, "us-east-1"));
    try (var live = io.dynasql.federation.dynamo.DynamoLive.open(d, System::getenv)) {
      // as SourceWrites sends an UPDATE's rows: on condition that total is still what the statement read (10 for both)
      List<TransactWriteItem> rows = List.of(guarded(1, 10), guarded(2, 10));
      SourceWrite w = new SourceWrite.Each(rows);
      SourceWriteResult r = live.table("Orders").write(w);
      assertEquals(1, r.applied(w));
      assertEquals(java.util.Set.of(1), r.failed());
      assertEquals(2, r.calls());
    }
    assertEquals("late", f.get("Orders", "l2", 1).get("note").s());
    assertEquals(null, f.get("Orders", "l2", 2).get("note")); // its total was 20, not 10: left alone
    assertNotNull(f.get("Orders", "l2", 2));
  }

  private static TransactWriteItem guarded(int order, long total) {
    Map<String, AttributeValue> key = Map.of("customer", AttributeValue.s("l2"), "orderId", AttributeValue.n(Integer.toString(order)));
    return new TransactWriteItem.Update(UpdateItemRequest.of("Orders", key, "SET #c0 = :v0",
        new Expr(Map.of("#pk", "customer", "#c0", "note", "#g0", "total"),
            Map.of(":v0", AttributeValue.s("late"), ":g0", AttributeValue.n(Long.toString(total)))))
        .withCondition("attribute_exists(#pk) AND #g0 = :g0"));
  }
}
