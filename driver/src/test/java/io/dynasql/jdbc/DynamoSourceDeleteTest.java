package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DELETE from a DynamoDB source's table (moto), read back with the AWS SDK: on the whole key one
 * DeleteItem on {@code attribute_exists}, so a missing item counts 0
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html: "Unless you
 * specify conditions, the DeleteItem is an idempotent operation; running it multiple times on the
 * same item or attribute does not result in an error response"); otherwise the pushed read, then one
 * DeleteItem per item.
 */
class DynamoSourceDeleteTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders");
    for (int order = 1; order <= 4; order++) f.put("Orders", "d1", order, 10L * order, order % 2 == 0 ? "PAID" : "NEW");
    f.put("Orders", "d2", 1, 7, "NEW");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void aDeleteOfOneKeyIsOneDeleteItemCountingWhetherItExisted() throws SQLException {
    var r = f.update("DELETE FROM live.Orders WHERE customer = 'd2' AND orderId = 1");
    assertEquals(1, r.count());
    assertNull(f.get("Orders", "d2", 1));
    assertEquals(1, r.lines().size(), r.lines().toString());
    assertTrue(r.lines().get(0).startsWith("access=WRITE source=live table=Orders items_read=0 items_returned=1 ")
        && r.lines().get(0).contains(" operation=DeleteItem"), r.lines().toString());
    assertEquals(0, f.update("DELETE FROM live.Orders WHERE customer = 'd2' AND orderId = 1").count());
  }

  @Test
  void aDeleteWithAFilterReadsThenDeletesEachMatchingItem() throws SQLException {
    var r = f.update("DELETE FROM live.Orders WHERE customer = 'd1' AND status = 'PAID'");
    assertEquals(2, r.count());
    assertNull(f.get("Orders", "d1", 2));
    assertNull(f.get("Orders", "d1", 4));
    assertNotNull(f.get("Orders", "d1", 1));
    assertTrue(r.lines().get(0).startsWith("access=QUERY source=live table=Orders "), r.lines().toString());
    assertTrue(r.writes().get(0).contains(" items_returned=2 ") && r.writes().get(0).contains(" round_trips=2 "), r.lines().toString());
  }
}
