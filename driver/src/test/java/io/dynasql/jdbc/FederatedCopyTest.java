package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code INSERT INTO t SELECT … FROM source.table}: rows of a source copied into a dynasql table
 * through the write path of any INSERT … SELECT, the remote read and the writes each labelled.
 */
class FederatedCopyTest {
  private static int next;
  private Connection h2;
  private Connection conn;

  @BeforeEach
  void setUp() throws SQLException {
    int n = ++next;
    String url = "jdbc:h2:mem:copy" + n + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    try (Statement s = h2.createStatement()) {
      // H2 keeps unquoted names in upper case (ORDER_ID): the statement's order_id means the source's column in the
      // query and the dynasql table's column in the INSERT, not an ambiguous name
      s.execute("CREATE TABLE orders (order_id BIGINT PRIMARY KEY, customer_id BIGINT, amount DECIMAL(10,2), note VARCHAR(20))");
      s.execute("INSERT INTO orders SELECT x, MOD(x, 7), x * 1.25, 'n' || x FROM SYSTEM_RANGE(1, 150)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:fedcopy_" + n);
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + url + "', user 'sa', pool_size '2')");
      s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), note VARCHAR(20),"
          + " PRIMARY KEY (order_id))");
    }
  }

  @AfterEach
  void tearDown() throws SQLException {
    conn.close();
    h2.close();
  }

  @Test
  void aCopyOfOver100RowsIsWrittenAndPricedAsBatchWrites() throws SQLException {
    String copy = "INSERT INTO orders SELECT order_id, customer_id, amount, note FROM crm.orders";
    try (Statement s = conn.createStatement()) {
      assertEquals(150, s.executeUpdate(copy));
    }
    String sum = "SELECT COUNT(*), SUM(amount), MIN(note), MAX(customer_id) FROM orders";
    assertEquals(List.of("150|14156.25|n1|6"), FederatedH2SourceTest.rows(conn, sum));
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT access, items_returned, write_units, atomic_on_dynamodb, remote_sql FROM sys.access_log"
            + " WHERE \"sql\" LIKE 'INSERT INTO orders %' ORDER BY access")) { // the statement as run: names as stored
      assertTrue(rs.next());
      assertEquals("REMOTE_SQL", rs.getString(1));
      assertEquals(150, rs.getLong(2));
      assertEquals("SELECT \"ORDER_ID\", \"CUSTOMER_ID\", \"AMOUNT\", \"NOTE\" FROM \"PUBLIC\".\"ORDERS\"", rs.getString(5));
      assertTrue(rs.next());
      assertEquals("WRITE", rs.getString(1));
      assertEquals(150, rs.getLong(2));
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html :
      // a write of an item up to 1 KB is one unit; TransactWriteItems takes at most 100 actions, so 150 items are
      // BatchWriteItem calls (plain units, not transactional) and not one atomic DynamoDB write
      assertEquals(150.0, rs.getDouble(3));
      assertFalse(rs.getBoolean(4));
      assertFalse(rs.next());
    }
  }

  @Test
  void aCopyOfAtMost100RowsIsOneAtomicWriteAsAnyInsertOfSeveralRows() throws SQLException {
    String copy = "INSERT INTO orders SELECT order_id, customer_id, amount, note FROM crm.orders WHERE order_id <= 10";
    try (Statement s = conn.createStatement()) {
      assertEquals(10, s.executeUpdate(copy));
    }
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT items_returned, write_units, atomic_on_dynamodb FROM sys.access_log WHERE \"sql\" LIKE 'INSERT INTO orders %'"
            + " AND access = 'WRITE'")) {
      assertTrue(rs.next());
      assertEquals(10, rs.getLong(1));
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html : an all-or-nothing
      // write of up to 100 items is TransactWriteItems, two units per item up to 1 KB (as WriteLabelTest)
      assertEquals(20.0, rs.getDouble(2));
      assertTrue(rs.getBoolean(3));
    }
  }

  @Test
  void aFilteredCopySendsTheFilterAndConvertsTypes() throws SQLException {
    try (Statement s = conn.createStatement()) {
      assertEquals(22, s.executeUpdate("INSERT INTO orders (order_id, amount, note) SELECT order_id, amount, note"
          + " FROM crm.orders WHERE customer_id = 3"));
    }
    assertEquals(List.of("22|3|150|null"), FederatedH2SourceTest.rows(conn,
        "SELECT COUNT(*), MIN(order_id), MAX(order_id), MAX(customer_id) FROM orders"));
  }

  @Test
  void aCopyMeetingAnExistingKeyWritesNothing() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.executeUpdate("INSERT INTO orders VALUES (150, 0, 0, 'mine')");
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO orders SELECT order_id, customer_id, amount, note FROM crm.orders"));
      assertEquals("23505", e.getSQLState(), e.getMessage());
    }
    assertEquals(List.of("1|mine"), FederatedH2SourceTest.rows(conn, "SELECT COUNT(*), MIN(note) FROM orders"));
  }
}
