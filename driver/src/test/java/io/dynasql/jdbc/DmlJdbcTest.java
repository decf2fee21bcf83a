package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** INSERT, UPSERT, UPDATE, DELETE through JDBC: counts, SQLStates, batches, transactions, read-only. */
class DmlJdbcTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dml-jdbc");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE accounts (id VARCHAR PRIMARY KEY, owner VARCHAR, balance BIGINT)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE accounts");
    }
    conn.close();
  }

  private long balance(String id) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT balance FROM accounts WHERE id = '" + id + "'")) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  @Test
  void insertUpdateDeleteReturnCountsAndDuplicateKeysAre23505() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertEquals(2, st.executeUpdate("INSERT INTO accounts (id, owner, balance) VALUES ('a', 'ann', 10), ('b', 'bob', 20)"));
      SQLException dup = assertThrows(SQLException.class,
          () -> st.executeUpdate("INSERT INTO accounts (id, owner, balance) VALUES ('c', 'cy', 1), ('a', 'again', 0)"));
      assertEquals("23505", dup.getSQLState(), dup.getMessage());
      assertEquals(-1, balance("c"), "a failed INSERT writes nothing");
      assertEquals(1, st.executeUpdate("UPDATE accounts SET balance = balance + 5 WHERE id = 'a'"));
      assertEquals(15, balance("a"));
      // one UpdateItem with SET balance = balance + :v, no read before it
      assertEquals(List.of("WRITE"), st.unwrap(DynasqlStatement.class).accessLines().stream().map(l -> l.record().kind().name()).toList());
      assertEquals(1, st.executeUpdate("UPSERT INTO accounts (id, owner, balance) VALUES ('b', 'bob', 99)"));
      assertEquals(99, balance("b"));
      assertEquals(2, st.executeUpdate("DELETE FROM accounts WHERE balance > 0"));
      assertEquals(-1, balance("a"));
      assertFalse(st.execute("INSERT INTO accounts (id) VALUES ('z')"));
      assertEquals(1, st.getUpdateCount());
      SQLException q = assertThrows(SQLException.class, () -> st.executeQuery("DELETE FROM accounts"));
      assertEquals("07000", q.getSQLState());
    }
  }

  @Test
  void preparedInsertsBindParametersAndBatch() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO accounts (id, owner, balance) VALUES (?, ?, ?)")) {
      for (int i = 0; i < 5; i++) {
        ps.setString(1, "p" + i);
        ps.setString(2, "owner" + i);
        ps.setLong(3, i * 100L);
        ps.addBatch();
      }
      assertArrayEquals(new int[] {1, 1, 1, 1, 1}, ps.executeBatch());
      ps.setString(1, "single");
      ps.setNull(2, java.sql.Types.VARCHAR);
      ps.setLong(3, 7);
      assertEquals(1, ps.executeUpdate());
    }
    assertEquals(400, balance("p4"));
    assertEquals(7, balance("single"));
    try (PreparedStatement up = conn.prepareStatement("UPDATE accounts SET balance = ? WHERE id = ?")) {
      up.setLong(1, 1);
      up.setString(2, "p1");
      assertEquals(1, up.executeUpdate());
    }
    assertEquals(1, balance("p1"));
  }

  @Test
  void autoCommitOffGroupsWritesUntilCommitAndRollbackDiscardsThem() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('x', 100), ('y', 0)");
      conn.setAutoCommit(false);
      st.executeUpdate("UPDATE accounts SET balance = balance - 30 WHERE id = 'x'");
      st.executeUpdate("UPDATE accounts SET balance = balance + 30 WHERE id = 'y'");
      assertEquals(70, balance("x"), "the transaction sees its own writes");
      try (Connection other = DriverManager.getConnection("jdbc:dynasql:mem:dml-jdbc");
           Statement o = other.createStatement(); ResultSet rs = o.executeQuery("SELECT balance FROM accounts WHERE id = 'x'")) {
        assertTrue(rs.next());
        assertEquals(100, rs.getLong(1), "other connections do not, before the commit");
      }
      conn.commit();
      assertEquals(70, balance("x"));
      assertEquals(30, balance("y"));
      st.executeUpdate("DELETE FROM accounts WHERE id = 'x'");
      conn.rollback();
      assertEquals(70, balance("x"), "rolled back");
      conn.setAutoCommit(true);
      assertTrue(conn.getAutoCommit());
    }
  }

  @Test
  void aDuplicateInsertInATransactionFailsTheStatementNotTheCommit() throws SQLException {
    try (Statement st = conn.createStatement(); Connection other = DriverManager.getConnection("jdbc:dynasql:mem:dml-jdbc")) {
      st.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('x', 100)");
      conn.setAutoCommit(false);
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('x', 1)"));
      assertEquals("23505", e.getSQLState(), e.getMessage());
      st.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('z', 5)");
      conn.commit();
      assertEquals(5, balance("z"), "the other statement of the transaction is committed");
      st.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('w', 1)");
      try (Statement o = other.createStatement()) {
        o.executeUpdate("INSERT INTO accounts (id, balance) VALUES ('w', 2)");
      }
      SQLException late = assertThrows(SQLException.class, conn::commit);
      assertEquals("23505", late.getSQLState(), late.getMessage());
      conn.setAutoCommit(true);
    }
  }

  @Test
  void aReadOnlyConnectionRefusesChanges() throws SQLException {
    conn.setReadOnly(true);
    try (Statement st = conn.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO accounts (id) VALUES ('r')"));
      assertEquals("25006", e.getSQLState());
      SQLException ddl = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE nope_t (k VARCHAR PRIMARY KEY)"));
      assertEquals("25006", ddl.getSQLState());
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM accounts")) {
        assertTrue(rs.next());
      }
    } finally {
      conn.setReadOnly(false);
    }
  }
}
