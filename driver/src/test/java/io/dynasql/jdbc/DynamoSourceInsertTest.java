package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * INSERT and UPSERT into a DynamoDB source's table (moto), read back with the AWS SDK: one row is
 * a PutItem on attribute_not_exists, 2 to 100 rows one TransactWriteItems (a duplicate cancels all,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html), more
 * rows BatchWriteItem calls of 25 after a BatchGetItem check of the keys
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html), and
 * UPSERT a PutItem without condition, replacing the whole item
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html).
 */
class DynamoSourceInsertTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders", "Many", "Copies");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void oneRowIsOnePutItemLabelledWithTheServicesUnits() throws SQLException {
    var r = f.update("INSERT INTO live.Orders (customer, orderId, total, status) VALUES ('a1', 1, 19, 'NEW')");
    assertEquals(1, r.count());
    Map<String, AttributeValue> item = f.get("Orders", "a1", 1);
    assertEquals("19", item.get("total").n());
    assertEquals("NEW", item.get("status").s());
    String table = r.writes().get(0);
    assertTrue(table.startsWith("access=WRITE source=live table=Orders items_read=0 items_returned=1 read_units=0.0 write_units="),
        r.lines().toString());
    assertTrue(table.contains(" round_trips=1 ") && table.contains(" operation=PutItem"), table);
    assertTrue(!table.contains("write_units=0.0 "), table); // the service reported what the put took
  }

  @Test
  void anExistingKeyIs23505AndWritesNothing() throws SQLException {
    f.put("Orders", "a2", 1, 5, "NEW");
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("INSERT INTO live.Orders (customer, orderId, total) VALUES ('a2', 1, 99)"));
    assertEquals("23505", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("customer = 'a2', orderId = 1"), e.getMessage());
    assertEquals("5", f.get("Orders", "a2", 1).get("total").n());
  }

  @Test
  void severalRowsAreOneTransactionThatADuplicateCancels() throws SQLException {
    var r = f.update("INSERT INTO live.Orders (customer, orderId, total) VALUES ('a3', 1, 10), ('a3', 2, 20), ('a3', 3, 30)");
    assertEquals(3, r.count());
    assertEquals("20", f.get("Orders", "a3", 2).get("total").n());
    assertTrue(r.writes().get(0).contains(" items_returned=3 ") && r.writes().get(0).contains(" operation=TransactWriteItems"),
        r.lines().toString());
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("INSERT INTO live.Orders (customer, orderId, total) VALUES ('a3', 4, 40), ('a3', 2, 99)"));
    assertEquals("23505", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("orderId = 2"), e.getMessage());
    assertNull(f.get("Orders", "a3", 4)); // canceled with the duplicate
    assertEquals("20", f.get("Orders", "a3", 2).get("total").n());
  }

  @Test
  void moreRowsThanATransactionAreBatchWriteItemCallsFlaggedNotAtomic() throws SQLException {
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= 130; i++) values.append(i == 1 ? "" : ", ").append("('m', ").append(i).append(", ").append(i).append(")");
    var r = f.update("INSERT INTO live.Many (customer, orderId, total) VALUES " + values);
    assertEquals(130, r.count());
    assertEquals(131, f.count("Many")); // and the seed
    String check = r.lines().get(0);
    assertTrue(check.startsWith("access=BATCH_GET source=live table=Many items_read=130 items_returned=0 ") && check.contains(
        " round_trips=2 ") && check.contains("operation=BatchGetItem"), r.lines().toString());
    String write = r.writes().get(0);
    assertTrue(write.contains(" items_returned=130 ") && write.contains(" round_trips=6 ") // 25 a call: 5 calls of 25, 1 of 5
        && write.contains(" operation=BatchWriteItem") && write.endsWith(" atomic_on_dynamodb=false"), write);
    // a duplicate among them: found by the check, nothing written
    values.append(", ('m', 500, 1)");
    SQLException e = assertThrows(SQLException.class, () -> f.update("INSERT INTO live.Many (customer, orderId, total) VALUES "
        + values.toString().replace("('m', 1, 1)", "('m', 1000, 1)")));
    assertEquals("23505", e.getSQLState(), e.getMessage());
    assertNull(f.get("Many", "m", 500));
    assertNull(f.get("Many", "m", 1000));
  }

  @Test
  void upsertReplacesTheWholeItem() throws SQLException {
    f.put("Orders", "a4", 1, 5, "NEW");
    var r = f.update("UPSERT INTO live.Orders (customer, orderId, total) VALUES ('a4', 1, 6)");
    assertEquals(1, r.count());
    Map<String, AttributeValue> item = f.get("Orders", "a4", 1);
    assertEquals("6", item.get("total").n());
    assertNull(item.get("status")); // PutItem replaces the item: attributes not listed are gone
  }

  @Test
  void insertSelectCopiesADynasqlTableToTheSource() throws SQLException {
    try (Statement s = f.conn.createStatement()) {
      s.execute("CREATE TABLE local_orders (customer VARCHAR, orderId BIGINT, total DECIMAL, PRIMARY KEY (customer, orderId))");
      s.execute("INSERT INTO local_orders VALUES ('c1', 1, 10), ('c1', 2, 20), ('c2', 1, 30)");
    }
    var r = f.update("INSERT INTO live.Copies (customer, orderId, total) SELECT customer, orderId, total FROM local_orders");
    assertEquals(3, r.count());
    assertEquals("30", f.get("Copies", "c2", 1).get("total").n());
    assertEquals(List.of("c1 2 20"), f.rows("SELECT customer, orderId, total FROM live.Copies WHERE customer = 'c1' AND orderId = 2"));
  }
}
