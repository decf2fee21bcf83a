package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * UPDATE of a DynamoDB source's table (moto), read back with the AWS SDK. On the whole key it is one
 * UpdateItem with an update expression and {@code attribute_exists} as its condition, so a missing
 * item is 0 rows and is not created
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html: "Edits an
 * existing item's attributes, or adds a new item to the table if it does not already exist");
 * otherwise the rows are read with the pushed Query or Scan and each is one UpdateItem.
 */
class DynamoSourceUpdateTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders");
    for (int order = 1; order <= 4; order++) f.put("Orders", "u1", order, 10L * order, order % 2 == 0 ? "PAID" : "NEW");
    f.put("Orders", "u2", 1, 100, "NEW");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void anUpdateOfOneKeyIsOneUpdateItemWithNoRead() throws SQLException {
    var r = f.update("UPDATE live.Orders SET status = 'SHIPPED', total = total + 1 WHERE customer = 'u2' AND orderId = 1");
    assertEquals(1, r.count());
    Map<String, AttributeValue> item = f.get("Orders", "u2", 1);
    assertEquals("101", item.get("total").n());
    assertEquals("SHIPPED", item.get("status").s());
    assertEquals(1, r.lines().size(), r.lines().toString()); // no read before it
    String write = r.lines().get(0);
    assertTrue(write.startsWith("access=WRITE source=live table=Orders items_read=0 items_returned=1 ")
        && write.contains(" operation=UpdateItem"), write);
  }

  @Test
  void anUpdateOfAMissingKeyIsZeroRowsAndCreatesNothing() throws SQLException {
    var r = f.update("UPDATE live.Orders SET status = 'X' WHERE customer = 'nobody' AND orderId = 1");
    assertEquals(0, r.count());
    assertNull(f.get("Orders", "nobody", 1));
  }

  @Test
  void anUpdateOfAPartitionReadsItWithAQueryThenUpdatesEachItem() throws SQLException {
    var r = f.update("UPDATE live.Orders SET note = 'late' WHERE customer = 'u1' AND status = 'NEW'");
    assertEquals(2, r.count());
    assertEquals("late", f.get("Orders", "u1", 1).get("note").s());
    assertEquals("late", f.get("Orders", "u1", 3).get("note").s());
    assertNull(f.get("Orders", "u1", 2).get("note"));
    assertTrue(r.lines().get(0).startsWith("access=QUERY source=live table=Orders items_read=4 items_returned=2 "), r.lines().toString());
    String write = r.writes().get(0);
    assertTrue(write.contains(" items_returned=2 ") && write.contains(" round_trips=2 ") && write.contains(" operation=UpdateItem")
        && write.endsWith(" atomic_on_dynamodb=false"), write);
  }

  @Test
  void anUpdateOnNoKeyScansAndComputesEachNewValueInSql() throws SQLException {
    var r = f.update("UPDATE live.Orders SET total = total * 2 WHERE total >= 30 AND total < 100");
    assertEquals(2, r.count()); // u1/3 (30) and u1/4 (40)
    assertEquals("60", f.get("Orders", "u1", 3).get("total").n());
    assertEquals("80", f.get("Orders", "u1", 4).get("total").n());
    assertTrue(r.lines().get(0).startsWith("access=SCAN source=live table=Orders "), r.lines().toString());
  }
}
