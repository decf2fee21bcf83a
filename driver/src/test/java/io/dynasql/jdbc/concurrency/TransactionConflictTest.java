package io.dynasql.jdbc.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * First committer wins: a transaction whose reads or writes were overtaken by another commit
 * fails at commit with 40001 naming the table and key, and writes nothing (issue 9's three
 * measured cases).
 */
class TransactionConflictTest {
  private static final String URL = "jdbc:dynasql:mem:txn-conflicts";
  private Connection c1;
  private Connection c2;

  @BeforeEach
  void open() throws SQLException {
    c1 = DriverManager.getConnection(URL);
    c2 = DriverManager.getConnection(URL);
    exec(c1, "CREATE TABLE counters (pk VARCHAR PRIMARY KEY, n BIGINT)");
    exec(c1, "INSERT INTO counters VALUES ('c', 1), ('d', 100)");
  }

  @AfterEach
  void close() throws SQLException {
    exec(c2, "DROP TABLE counters");
    c1.close();
    c2.close();
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private long n(String pk) throws SQLException {
    try (Statement st = c2.createStatement(); ResultSet rs = st.executeQuery("SELECT n FROM counters WHERE pk = '" + pk + "'")) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  private static void assertConflict(SQLException e) {
    assertTrue(e instanceof SQLTransactionRollbackException, e.toString());
    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("counters") && e.getMessage().contains("c"), e.getMessage());
  }

  @Test
  void aCommitOverwritingANewerValueFails() throws SQLException {
    c1.setAutoCommit(false);
    exec(c1, "UPDATE counters SET n = n + 1 WHERE pk = 'c'");
    exec(c2, "UPDATE counters SET n = 500 WHERE pk = 'c'");
    assertConflict(assertThrows(SQLException.class, c1::commit));
    assertEquals(500, n("c"), "the committed 500 stays");
    exec(c1, "UPDATE counters SET n = n + 1 WHERE pk = 'c'"); // the transaction starts afresh
    c1.commit();
    assertEquals(501, n("c"));
  }

  @Test
  void twoTransactionsIncrementingLoseNothing() throws SQLException {
    c1.setAutoCommit(false);
    c2.setAutoCommit(false);
    exec(c1, "UPDATE counters SET n = n + 1 WHERE pk = 'c'");
    exec(c2, "UPDATE counters SET n = n + 1 WHERE pk = 'c'");
    c2.commit();
    assertConflict(assertThrows(SQLException.class, c1::commit));
    c2.setAutoCommit(true);
    assertEquals(2, n("c"), "one increment committed, the other refused: none lost silently");
  }

  @Test
  void anUpdateOfAnItemDeletedMeanwhileFailsTheCommit() throws SQLException {
    c1.setAutoCommit(false);
    assertEquals(1, c1.createStatement().executeUpdate("UPDATE counters SET n = 7 WHERE pk = 'c'"));
    exec(c2, "DELETE FROM counters WHERE pk = 'c'");
    assertConflict(assertThrows(SQLException.class, c1::commit));
    assertEquals(-1, n("c"), "the delete stands; the update did not resurrect the item");
  }

  @Test
  void aReadThatChangedFailsTheCommitOfWhatWasComputedFromIt() throws SQLException {
    // write skew: move d's value into c, computed from a SELECT; d changes before the commit
    c1.setAutoCommit(false);
    long d;
    try (Statement st = c1.createStatement(); ResultSet rs = st.executeQuery("SELECT n FROM counters WHERE pk = 'd'")) {
      assertTrue(rs.next());
      d = rs.getLong(1);
    }
    exec(c1, "UPDATE counters SET n = " + d + " WHERE pk = 'c'");
    exec(c2, "UPDATE counters SET n = 0 WHERE pk = 'd'");
    SQLException e = assertThrows(SQLException.class, c1::commit);
    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("'d'") || e.getMessage().contains("d"), e.getMessage());
    assertEquals(1, n("c"), "nothing of the transaction was written");
  }

  @Test
  void aRowReadThroughAGlobalIndexIsCheckedAgainstItsItem() throws SQLException {
    exec(c1, "CREATE TABLE accts (id VARCHAR PRIMARY KEY, grp VARCHAR, bal BIGINT)");
    try {
      exec(c1, "CREATE INDEX byGrp ON accts (grp)");
      exec(c1, "INSERT INTO accts VALUES ('a', 'g', 10), ('b', 'h', 20)");
      c1.setAutoCommit(false);
      try (Statement st = c1.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM accts WHERE grp = 'g'")) {
        assertTrue(rs.next());
        assertEquals("a", rs.getString(1));
        assertTrue(st.unwrap(io.dynasql.jdbc.DynasqlStatement.class).accessLines().toString().contains("index=byGrp"));
      }
      exec(c1, "UPDATE accts SET bal = 0 WHERE id = 'b'");
      exec(c2, "UPDATE accts SET bal = bal + 5 WHERE id = 'a'"); // the index entry itself need not change
      SQLException e = assertThrows(SQLException.class, c1::commit);
      assertEquals("40001", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("accts"), e.getMessage());
    } finally {
      c1.setAutoCommit(true);
      exec(c1, "DROP TABLE accts");
    }
  }

  @Test
  void aTransactionWithoutConflictsCommitsEverything() throws SQLException {
    c1.setAutoCommit(false);
    exec(c1, "UPDATE counters SET n = n + 10 WHERE pk = 'c'");
    exec(c1, "UPDATE counters SET n = n - 10 WHERE pk = 'd'");
    exec(c1, "INSERT INTO counters VALUES ('e', 5)");
    exec(c2, "INSERT INTO counters VALUES ('f', 6)"); // another item: no conflict
    c1.commit();
    assertEquals(11, n("c"));
    assertEquals(90, n("d"));
    assertEquals(5, n("e"));
    assertFalse(c1.getAutoCommit());
  }
}
