package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code EXPLAIN PLAN FOR} a write to a DynamoDB source's table: the read it makes first (if any),
 * then the calls it would send with their estimated items, write units and dollars; nothing is
 * written (checked with the AWS SDK). Write units: one per started 1 KB of item
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html),
 * twice in TransactWriteItems.
 */
class DynamoSourceWriteExplainTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders");
    for (int order = 1; order <= 3; order++) f.put("Orders", "x1", order, order, "NEW");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  private static String plan(String sql) throws SQLException {
    return String.join("\n", f.rows("EXPLAIN PLAN FOR " + sql));
  }

  @Test
  void anInsertShowsItsCallAndWritesNothing() throws SQLException {
    String one = plan("INSERT INTO live.Orders (customer, orderId, total) VALUES ('n1', 1, 1)");
    assertTrue(one.contains("DynamoWrite(source=[live], table=[Orders], calls=[PutItem], atomic_on_dynamodb=[true], est_items=[1],"
        + " est_write_units=[1.0]"), one);
    String two = plan("INSERT INTO live.Orders (customer, orderId, total) VALUES ('n1', 1, 1), ('n1', 2, 2)");
    assertTrue(two.contains("calls=[TransactWriteItems], atomic_on_dynamodb=[true], est_items=[2], est_write_units=[4.0]"), two);
    assertNull(f.get("Orders", "n1", 1));
  }

  @Test
  void anUpdateOfOneKeyIsOneUpdateItemWithNoRead() throws SQLException {
    String p = plan("UPDATE live.Orders SET total = total + 1 WHERE customer = 'x1' AND orderId = 1");
    assertTrue(!p.contains("access="), p); // no read
    assertTrue(p.startsWith("DynamoWrite(source=[live], table=[Orders], calls=[UpdateItem], atomic_on_dynamodb=[true], est_items=[1]"), p);
    assertEquals("1", f.get("Orders", "x1", 1).get("total").n());
  }

  @Test
  void aDeleteOfAPartitionShowsItsQueryThenOneCallPerItem() throws SQLException {
    String p = plan("DELETE FROM live.Orders WHERE customer = 'x1'");
    List<String> lines = p.lines().toList();
    assertTrue(p.contains("access=QUERY table=Orders key=[customer = 'x1']"), p);
    String write = lines.stream().filter(l -> l.startsWith("DynamoWrite(")).findFirst().orElseThrow();
    assertTrue(write.startsWith("DynamoWrite(source=[live], table=[Orders], calls=[DeleteItem per item], atomic_on_dynamodb=[false]"),
        write);
    assertEquals(3, f.rows("SELECT orderId FROM live.Orders WHERE customer = 'x1'").size());
  }
}
