package io.dynasql.jdbc.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction sees its own pending writes (issue 9): every read of the transaction — GET,
 * QUERY in key order, index QUERY, SCAN, COUNT — shows the committed items overlaid with what it
 * wrote, other connections see none of it until the commit, and the commit writes the final items.
 */
class TransactionReadsOwnWritesTest {
  private static final String URL = "jdbc:dynasql:mem:own-writes";
  private Connection tx;
  private Connection other;

  @BeforeEach
  void open() throws SQLException {
    tx = DriverManager.getConnection(URL);
    other = DriverManager.getConnection(URL);
    exec(other, "CREATE TABLE lines (doc VARCHAR, pos BIGINT, txt VARCHAR, tag VARCHAR, n BIGINT, PRIMARY KEY (doc, pos))");
    exec(other, "CREATE INDEX byTag ON lines (tag, pos)");
    exec(other, "INSERT INTO lines VALUES ('d', 10, 'ten', 'x', 1), ('d', 20, 'twenty', 'y', 1), ('d', 30, 'thirty', 'x', 1)");
    tx.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    tx.rollback();
    exec(other, "DROP TABLE lines");
    tx.close();
    other.close();
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  @Test
  void insertsAreSeenInKeyOrderByTheTransactionOnly() throws SQLException {
    exec(tx, "INSERT INTO lines VALUES ('d', 15, 'fifteen', 'x', 1), ('d', 25, 'twenty-five', 'y', 1)");
    String q = "SELECT txt FROM lines WHERE doc = 'd' ORDER BY pos";
    assertEquals(List.of("ten", "fifteen", "twenty", "twenty-five", "thirty"), rows(tx, q));
    assertEquals(List.of("twenty-five", "thirty"), rows(tx, "SELECT txt FROM lines WHERE doc = 'd' AND pos > 20 ORDER BY pos"));
    assertEquals(List.of("thirty", "twenty-five", "twenty"), rows(tx, "SELECT txt FROM lines WHERE doc = 'd' AND pos >= 20 ORDER BY pos DESC"));
    assertEquals(List.of("fifteen"), rows(tx, "SELECT txt FROM lines WHERE doc = 'd' AND pos = 15"));
    assertEquals(List.of("ten", "fifteen", "thirty"), rows(tx, "SELECT txt FROM lines WHERE tag = 'x' ORDER BY pos"));
    assertEquals(List.of("5"), rows(tx, "SELECT COUNT(*) FROM lines"));
    assertEquals(List.of("ten", "twenty", "thirty"), rows(other, q), "uncommitted writes are the transaction's own");
    tx.commit();
    assertEquals(List.of("ten", "fifteen", "twenty", "twenty-five", "thirty"), rows(other, q));
  }

  @Test
  void updatesBuildOnTheTransactionsOwnValues() throws SQLException {
    exec(tx, "UPDATE lines SET n = n + 1 WHERE doc = 'd' AND pos = 10");
    exec(tx, "UPDATE lines SET n = n + 1 WHERE doc = 'd' AND pos = 10");
    exec(tx, "UPDATE lines SET n = n * 10 WHERE doc = 'd'");
    assertEquals(List.of("30", "10", "10"), rows(tx, "SELECT n FROM lines WHERE doc = 'd' ORDER BY pos"));
    assertEquals(List.of("1"), rows(other, "SELECT n FROM lines WHERE doc = 'd' AND pos = 10"));
    tx.commit();
    assertEquals(List.of("30", "10", "10"), rows(other, "SELECT n FROM lines WHERE doc = 'd' ORDER BY pos"));
  }

  @Test
  void deletesHideItemsAndAnInsertedThenDeletedKeyWritesNothing() throws SQLException {
    exec(tx, "DELETE FROM lines WHERE doc = 'd' AND pos = 20");
    exec(tx, "INSERT INTO lines VALUES ('d', 40, 'forty', 'x', 1)");
    exec(tx, "DELETE FROM lines WHERE pos = 40");
    assertEquals(List.of("ten", "thirty"), rows(tx, "SELECT txt FROM lines WHERE doc = 'd' ORDER BY pos"));
    assertEquals(List.of("2"), rows(tx, "SELECT COUNT(*) FROM lines"));
    exec(tx, "INSERT INTO lines VALUES ('d', 20, 'again', 'z', 1)"); // the key was deleted in this transaction
    tx.commit();
    assertEquals(List.of("ten", "again", "thirty"), rows(other, "SELECT txt FROM lines WHERE doc = 'd' ORDER BY pos"));
  }

  @Test
  void aKeyTheTransactionInsertedIsADuplicateAtOnce() throws SQLException {
    exec(tx, "INSERT INTO lines VALUES ('e', 1, 'one', 'x', 1)");
    SQLException dup = assertThrows(SQLException.class, () -> exec(tx, "INSERT INTO lines VALUES ('e', 1, 'uno', 'x', 1)"));
    assertEquals("23505", dup.getSQLState(), dup.getMessage());
    assertEquals(List.of("one"), rows(tx, "SELECT txt FROM lines WHERE doc = 'e'"), "the failed statement changed nothing");
    tx.rollback();
    assertEquals(List.of(), rows(tx, "SELECT txt FROM lines WHERE doc = 'e'"), "rollback discards the pending writes");
  }

  @Test
  void aKeyInsertedElsewhereBeforeTheCommitFailsIt() throws SQLException {
    exec(tx, "INSERT INTO lines VALUES ('f', 1, 'mine', 'x', 1)");
    exec(other, "INSERT INTO lines VALUES ('f', 1, 'theirs', 'x', 1)");
    SQLException e = assertThrows(SQLException.class, tx::commit);
    assertEquals("23505", e.getSQLState(), e.getMessage());
    assertEquals(List.of("theirs"), rows(other, "SELECT txt FROM lines WHERE doc = 'f'"));
  }
}
