package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read-only connections refuse every write with 25006; the isolation level is READ_COMMITTED only. */
class ConnectionStateContractTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-state");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS state_t (id VARCHAR PRIMARY KEY, v BIGINT)");
      st.executeUpdate("UPSERT INTO state_t VALUES ('a', 1)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private static void assert25006(org.junit.jupiter.api.function.Executable call) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals("25006", e.getSQLState(), e.getMessage());
  }

  @Test
  void aReadOnlyConnectionRefusesEveryWriteAndStillReads() throws SQLException {
    assertFalse(conn.isReadOnly());
    conn.setReadOnly(true);
    assertTrue(conn.isReadOnly());
    assertTrue(conn.getMetaData().isReadOnly());
    try (Statement st = conn.createStatement();
         PreparedStatement ps = conn.prepareStatement("UPDATE state_t SET v = ? WHERE id = 'a'")) {
      assert25006(() -> st.executeUpdate("INSERT INTO state_t VALUES ('b', 2)"));
      assert25006(() -> st.executeUpdate("UPSERT INTO state_t VALUES ('a', 2)"));
      assert25006(() -> st.execute("DELETE FROM state_t"));
      assert25006(() -> st.execute("DROP TABLE state_t"));
      ps.setLong(1, 5);
      assert25006(ps::executeUpdate);
      ps.addBatch();
      BatchUpdateException b = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("25006", b.getSQLState());
      assertArrayEquals(new int[0], b.getUpdateCounts());
      try (ResultSet rs = st.executeQuery("SELECT v FROM state_t WHERE id = 'a'")) {
        assertTrue(rs.next());
        assertEquals(1, rs.getLong(1), "nothing was written");
      }
    }
    conn.setReadOnly(false);
    try (Statement st = conn.createStatement()) {
      assertEquals(1, st.executeUpdate("UPDATE state_t SET v = 3 WHERE id = 'a'"));
    }
  }

  @Test
  void everyLevelIsAcceptedAndReadCommittedIsWhatIsReported() throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    assertEquals(Connection.TRANSACTION_READ_COMMITTED, conn.getTransactionIsolation());
    assertEquals(Connection.TRANSACTION_READ_COMMITTED, md.getDefaultTransactionIsolation());
    assertTrue(md.supportsTransactions());
    assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED));
    assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
    assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
    conn.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    // What pools and frameworks set (HikariCP's transactionIsolation, Spring's @Transactional): accepted,
    // with a warning saying what the connection gives; 0A000 here would make HikariCP evict the connection.
    conn.clearWarnings();
    for (int level : new int[] {Connection.TRANSACTION_SERIALIZABLE, Connection.TRANSACTION_REPEATABLE_READ,
        Connection.TRANSACTION_READ_UNCOMMITTED}) {
      conn.setTransactionIsolation(level);
      assertEquals(Connection.TRANSACTION_READ_COMMITTED, conn.getTransactionIsolation());
    }
    java.sql.SQLWarning w = conn.getWarnings();
    assertEquals("01000", w.getSQLState());
    assertTrue(w.getMessage().contains("TRANSACTION_SERIALIZABLE requested"), w.getMessage());
    assertTrue(w.getNextWarning().getMessage().contains("TRANSACTION_REPEATABLE_READ"), w.getNextWarning().getMessage());
    SQLException e = assertThrows(SQLException.class, () -> conn.setTransactionIsolation(Connection.TRANSACTION_NONE));
    assertEquals("22023", e.getSQLState());
    assertTrue(conn.getAutoCommit());
  }
}
