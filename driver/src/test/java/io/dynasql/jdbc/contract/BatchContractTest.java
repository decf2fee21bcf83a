package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batches run their statements in order, each atomic on its own, and stop at the first failure:
 * BatchUpdateException carries the counts of the statements before it, and the failed
 * statement changed nothing. The exception: a prepared INSERT / UPSERT / DELETE batch in
 * autoCommit mode runs every row (BatchWriteItem's semantics, see AutoCommitBatchTest).
 */
class BatchContractTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-batch");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE batch_t (id VARCHAR PRIMARY KEY, v BIGINT)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS batch_t");
      st.execute("DROP TABLE IF EXISTS batch_ddl");
    }
    conn.close();
  }

  private long count() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM batch_t")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long value(String id) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT v FROM batch_t WHERE id = '" + id + "'")) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  @Test
  void aStatementBatchReturnsOneCountPerStatement() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.addBatch("INSERT INTO batch_t VALUES ('a', 1), ('b', 2)");
      st.addBatch("UPDATE batch_t SET v = 10 WHERE id = 'a'");
      st.addBatch("UPDATE batch_t SET v = 10 WHERE id = 'nobody'");
      st.addBatch("DELETE FROM batch_t WHERE id = 'b'");
      st.addBatch("CREATE TABLE batch_ddl (k VARCHAR PRIMARY KEY)");
      assertArrayEquals(new int[] {2, 1, 0, 1, 0}, st.executeBatch());
      assertArrayEquals(new int[0], st.executeBatch(), "the batch is empty after it ran");
      st.addBatch("INSERT INTO batch_t VALUES ('c', 3)");
      assertArrayEquals(new long[] {1}, st.executeLargeBatch());
    }
    assertEquals(10, value("a"));
    assertEquals(2, count());
  }

  @Test
  void aPreparedBatchReturnsOneCountPerRow() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO batch_t VALUES (?, ?)")) {
      for (int i = 0; i < 4; i++) {
        ps.setString(1, "p" + i);
        ps.setLong(2, i);
        ps.addBatch();
      }
      assertArrayEquals(new int[] {1, 1, 1, 1}, ps.executeBatch());
    }
    try (PreparedStatement ps = conn.prepareStatement("UPDATE batch_t SET v = v + ? WHERE id = ?")) {
      ps.setLong(1, 100);
      ps.setString(2, "p1");
      ps.addBatch();
      ps.setString(2, "missing");
      ps.addBatch();
      assertArrayEquals(new long[] {1, 0}, ps.executeLargeBatch());
    }
    assertEquals(101, value("p1"));
  }

  @Test
  void aFailingStatementBatchStopsThereWithTheCountsBefore() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.addBatch("INSERT INTO batch_t VALUES ('a', 1)");
      st.addBatch("INSERT INTO batch_t VALUES ('b', 2)");
      st.addBatch("INSERT INTO batch_t VALUES ('x', 9), ('a', 99)");
      st.addBatch("INSERT INTO batch_t VALUES ('c', 3)");
      BatchUpdateException e = assertThrows(BatchUpdateException.class, st::executeBatch);
      assertEquals("23505", e.getSQLState());
      assertArrayEquals(new int[] {1, 1}, e.getUpdateCounts());
      assertArrayEquals(new long[] {1, 1}, e.getLargeUpdateCounts());
    }
    assertEquals(1, value("a"), "the failed statement changed nothing");
    assertEquals(-1, value("x"), "the failed statement is atomic");
    assertEquals(-1, value("c"), "the batch stopped at the failure");
    assertEquals(2, count());
  }

  @Test
  void aFailingPreparedBatchInAutoCommitGoesOnWithTheRowsAfterIt() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO batch_t VALUES (?, ?)")) {
      for (String id : new String[] {"p1", "p2", "p1", "p3"}) {
        ps.setString(1, id);
        ps.setLong(2, 5);
        ps.addBatch();
      }
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("23505", e.getSQLState());
      assertArrayEquals(new int[] {1, 1, Statement.EXECUTE_FAILED, 1}, e.getUpdateCounts());
    }
    assertEquals(5, value("p3"), "BatchWriteItem semantics: each row independent");
    assertEquals(3, count());
  }

  @Test
  void aFailingPreparedBatchInATransactionStopsThereWithTheCountsBefore() throws SQLException {
    conn.setAutoCommit(false);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO batch_t VALUES (?, ?)")) {
      for (String id : new String[] {"p1", "p2", "p1", "p3"}) {
        ps.setString(1, id);
        ps.setLong(2, 5);
        ps.addBatch();
      }
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("23505", e.getSQLState());
      assertArrayEquals(new int[] {1, 1}, e.getUpdateCounts());
      conn.commit();
    } finally {
      conn.setAutoCommit(true);
    }
    assertEquals(-1, value("p3"));
    assertEquals(2, count());
  }

  @Test
  void aQueryInABatchIsRefused() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.addBatch("INSERT INTO batch_t VALUES ('a', 1)");
      st.addBatch("SELECT * FROM batch_t");
      BatchUpdateException e = assertThrows(BatchUpdateException.class, st::executeBatch);
      assertEquals("07000", e.getSQLState(), e.getMessage());
      assertArrayEquals(new int[] {1}, e.getUpdateCounts());
    }
  }

  @Test
  void clearBatchForgetsWhatWasAdded() throws SQLException {
    try (Statement st = conn.createStatement(); PreparedStatement ps = conn.prepareStatement("INSERT INTO batch_t VALUES (?, ?)")) {
      st.addBatch("INSERT INTO batch_t VALUES ('a', 1)");
      st.clearBatch();
      assertArrayEquals(new int[0], st.executeBatch());
      ps.setString(1, "b");
      ps.setLong(2, 2);
      ps.addBatch();
      ps.clearBatch();
      assertArrayEquals(new int[0], ps.executeBatch());
    }
    assertEquals(0, count());
  }

  @Test
  void withAutoCommitOffABatchIsPartOfTheTransaction() throws SQLException {
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      st.addBatch("INSERT INTO batch_t VALUES ('a', 1)");
      st.addBatch("INSERT INTO batch_t VALUES ('b', 2)");
      assertArrayEquals(new int[] {1, 1}, st.executeBatch());
      assertEquals(2, count(), "the transaction sees its own pending writes");
      conn.rollback();
      conn.setAutoCommit(true);
    }
    assertEquals(0, count(), "rolled back with the rest of the transaction");
  }
}
