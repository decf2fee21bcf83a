package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a write to a DynamoDB source's table refuses, before anything is sent, with the SQLStates
 * of dynasql's own tables; and the service's refusals, named by their DynamoDB error type. Nothing
 * is written in any case (checked with the AWS SDK).
 */
class DynamoSourceWriteErrorsTest {
  private static DynamoWriteFixture f;

  @BeforeAll
  static void start() throws SQLException {
    f = new DynamoWriteFixture("Orders", "Gone");
    f.put("Orders", "e1", 1, 10, "NEW");
  }

  @AfterAll
  static void stop() throws SQLException {
    f.close();
  }

  @Test
  void aValueOfTheWrongTypeForTheKeyIs22018() {
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("INSERT INTO live.Orders (customer, orderId, total) VALUES ('e2', 'abc', 1)"));
    assertEquals("22018", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("orderId"), e.getMessage());
    assertNull(f.get("Orders", "e2", 0));
  }

  @Test
  void aMissingKeyColumnIs23502() {
    SQLException e = assertThrows(SQLException.class, () -> f.update("INSERT INTO live.Orders (customer, total) VALUES ('e3', 1)"));
    assertEquals("23502", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("orderId"), e.getMessage());
  }

  @Test
  void aKeyColumnInSetIs42000() {
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("UPDATE live.Orders SET orderId = 2 WHERE customer = 'e1' AND orderId = 1"));
    assertEquals("42000", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("key column orderId"), e.getMessage());
    assertEquals("10", f.get("Orders", "e1", 1).get("total").n());
  }

  @Test
  void anUnknownColumnIs42S22() {
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("UPDATE live.Orders SET nope = 2 WHERE customer = 'e1' AND orderId = 1"));
    assertEquals("42S22", e.getSQLState(), e.getMessage());
  }

  @Test
  void anItemOverFourHundredKilobytesIsTheServicesValidationException() {
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html: "The maximum item size in DynamoDB is 400 KB"
    SQLException e = assertThrows(SQLException.class, () -> f.update("INSERT INTO live.Orders (customer, orderId, note) VALUES ('e4', 1, '"
        + "x".repeat(410 * 1024) + "')"));
    assertEquals("22023", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("Source live, PutItem on Orders: ValidationException"), e.getMessage());
    assertNull(f.get("Orders", "e4", 1));
  }

  @Test
  void aTableDroppedOnTheEndpointIs42S02() throws SQLException {
    assertEquals(1, f.rows("SELECT COUNT(*) FROM live.Gone").size()); // described while it exists
    f.moto.client().deleteTable(b -> b.tableName("Gone"));
    SQLException e = assertThrows(SQLException.class,
        () -> f.update("INSERT INTO live.Gone (customer, orderId) VALUES ('x', 1)"));
    assertEquals("42S02", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("ResourceNotFoundException"), e.getMessage());
  }

  @Test
  void otherSchemasStayReadOnly() throws SQLException {
    try (Statement s = f.conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url 'jdbc:h2:mem:dynwrite_crm;DB_CLOSE_DELAY=-1', user 'sa')");
      try (var h2 = java.sql.DriverManager.getConnection("jdbc:h2:mem:dynwrite_crm;DB_CLOSE_DELAY=-1", "sa", "");
           Statement hs = h2.createStatement()) {
        hs.execute("CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20))");
      }
      s.execute("ALTER SOURCE crm SET OPTIONS (pool_size '1')");
      SQLException jdbc = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO crm.ACCOUNTS VALUES (1, 'a')"));
      assertEquals("0A000", jdbc.getSQLState(), jdbc.getMessage());
      SQLException sys = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM sys.access_log"));
      assertEquals("0A000", sys.getSQLState(), sys.getMessage());
      SQLException none = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM nowhere.t"));
      assertEquals("42S02", none.getSQLState(), none.getMessage());
    }
  }
}
