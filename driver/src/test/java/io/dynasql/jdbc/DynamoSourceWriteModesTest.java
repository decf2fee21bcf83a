package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How writes to a DynamoDB source's table meet JDBC's transaction and batch modes. A source's calls
 * run when the statement runs and cannot join dynasql's transaction (dynasql could neither hold
 * them until commit nor undo them at rollback), so with autoCommit off they are refused with 25001
 * and nothing is sent; a batch in autoCommit mode runs each row as its own statement, a failed row
 * leaving the others written (a duplicate key, an item the service refuses), as BatchWriteItem's rows are
 * independent.
 */
class DynamoSourceWriteModesTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders");
    f.put("Orders", "b1", 2, 5, "NEW");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void aWriteInATransactionIs25001AndSendsNothing() throws SQLException {
    f.conn.setAutoCommit(false);
    try (Statement s = f.conn.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO live.Orders (customer, orderId, total) VALUES ('t1', 1, 1)"));
      assertEquals("25001", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("autoCommit"), e.getMessage());
      SQLException d = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM live.Orders WHERE customer = 'b1' AND orderId = 2"));
      assertEquals("25001", d.getSQLState(), d.getMessage());
      f.conn.rollback();
    } finally {
      f.conn.setAutoCommit(true);
    }
    assertNull(f.get("Orders", "t1", 1));
    assertEquals("5", f.get("Orders", "b1", 2).get("total").n());
  }

  @Test
  void aBatchRunsEachRowAloneAndAFailedRowFailsAlone() throws SQLException {
    try (PreparedStatement ps = f.conn.prepareStatement("INSERT INTO live.Orders (customer, orderId, total, note) VALUES (?, ?, ?, ?)")) {
      for (int order = 1; order <= 4; order++) {
        ps.setString(1, "b1");
        ps.setInt(2, order);
        ps.setInt(3, order * 100);
        // row 4's item is over DynamoDB's 400 KB: the service refuses it (ValidationException), and only it
        ps.setString(4, order == 4 ? "x".repeat(410 * 1024) : "ok");
        ps.addBatch();
      }
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertArrayEquals(new long[] {1, Statement.EXECUTE_FAILED, 1, Statement.EXECUTE_FAILED}, e.getLargeUpdateCounts());
    }
    assertNull(f.get("Orders", "b1", 4));
    assertEquals("100", f.get("Orders", "b1", 1).get("total").n());
    assertEquals("5", f.get("Orders", "b1", 2).get("total").n()); // the existing item is untouched
    assertEquals("300", f.get("Orders", "b1", 3).get("total").n());
  }
}
