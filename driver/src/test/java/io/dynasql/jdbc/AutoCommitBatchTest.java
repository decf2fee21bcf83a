package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prepared INSERT / UPSERT / DELETE batch with autoCommit on, as an application or a data
 * import runs it: BatchWriteItem's semantics (each row independent, all written when
 * executeBatch returns, one write unit per item of up to 1 KB, not a transaction's two), and
 * JDBC's BatchUpdateException for the rows that failed, the driver having gone on with the rest.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 * https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/Statement.html#executeBatch()
 */
class AutoCommitBatchTest {
  @TempDir
  Path dir;
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:" + dir.resolve("db"));
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE people (id VARCHAR PRIMARY KEY, name VARCHAR, age BIGINT)");
      st.execute("INSERT INTO people VALUES ('b', 'bea', 30), ('d', 'dan', 40)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private static void add(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
    ps.addBatch();
  }

  private List<String> rows() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM people ORDER BY id")) {
      while (rs.next()) out.add(rs.getString(1) + "=" + rs.getString(2));
    }
    return out;
  }

  @Test
  void duplicatesInTheMiddleFailAloneWithEveryRowsCountAndTheFirstFailuresState() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      add(ps, "a", "ann", 20);
      add(ps, "b", "again", 0);
      add(ps, "c", "cy", 25);
      add(ps, "d", "again", 0);
      add(ps, "e", "eve", 50);
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("23505", e.getSQLState());
      assertEquals("Duplicate key in table people: an item with id = 'b' already exists", e.getMessage());
      assertArrayEquals(new int[] {1, Statement.EXECUTE_FAILED, 1, Statement.EXECUTE_FAILED, 1}, e.getUpdateCounts());
      assertArrayEquals(new long[] {1, Statement.EXECUTE_FAILED, 1, Statement.EXECUTE_FAILED, 1}, e.getLargeUpdateCounts());
      assertEquals("Duplicate key in table people: an item with id = 'd' already exists", e.getNextException().getMessage());
      assertArrayEquals(new int[0], ps.executeBatch(), "the batch is empty after it ran, failed rows included");
    }
    assertEquals(List.of("a=ann", "b=bea", "c=cy", "d=dan", "e=eve"), rows());
  }

  @Test
  void theSameKeyTwiceBehavesAsIfTheRowsRanInOrder() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people (id, name) VALUES (?, ?)")) {
      add(ps, "x", "first");
      add(ps, "x", "second");
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertArrayEquals(new int[] {1, Statement.EXECUTE_FAILED}, e.getUpdateCounts());
    }
    try (PreparedStatement ps = conn.prepareStatement("UPSERT INTO people (id, name) VALUES (?, ?)")) {
      add(ps, "y", "first");
      add(ps, "b", "bea2");
      add(ps, "y", "second");
      assertArrayEquals(new int[] {1, 1, 1}, ps.executeBatch());
    }
    assertEquals(List.of("b=bea2", "d=dan", "x=first", "y=second"), rows());
  }

  @Test
  void deletesOfMissingRowsCountZero() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM people WHERE id = ?")) {
      for (String id : new String[] {"b", "nobody", "d", "b"}) add(ps, id);
      assertArrayEquals(new long[] {1, 0, 1, 0}, ps.executeLargeBatch());
    }
    assertEquals(List.of(), rows());
  }

  @Test
  void theBatchIsOneExecutionWhoseWritesArePricedOnceAnItem() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      for (int i = 0; i < 10; i++) add(ps, "k" + i, "n" + i, i);
      assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, ps.executeBatch());
      List<AccessLine> lines = ps.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      assertEquals("WRITE", lines.get(0).record().kind().name());
      assertEquals(10, lines.get(0).record().itemsReturned());
      assertEquals(10.0, lines.get(0).record().writeUnits(), "BatchWriteItem: 1 unit a small item, not 2");
    }
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT access, table_name, write_units, \"sql\" FROM sys.access_log ORDER BY statement_id DESC")) {
      rs.next();
      assertEquals("WRITE", rs.getString("access"));
      assertEquals("people", rs.getString("table_name"));
      assertEquals(10.0, rs.getDouble("write_units"));
      assertEquals("INSERT INTO people VALUES (?, ?, ?)", rs.getString("sql"));
    }
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("INSERT INTO people VALUES ('t1', 'x', 1), ('t2', 'y', 2)");
      assertEquals(4.0, st.unwrap(DynasqlStatement.class).accessLines().get(0).record().writeUnits(),
          "one statement of two rows is atomic: priced as TransactWriteItems, twice");
    }
  }

  @Test
  void everyRowIsDurableWhenExecuteBatchReturns() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      for (int i = 0; i < 500; i++) add(ps, String.format("r%03d", i), "n", i);
      assertEquals(500, ps.executeBatch().length);
    }
    conn.close();
    conn = DriverManager.getConnection("jdbc:dynasql:" + dir.resolve("db"));
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM people")) {
      rs.next();
      assertEquals(502, rs.getLong(1));
    }
  }

  @Test
  void withAutoCommitOffTheRowsJoinTheTransactionAndStopAtTheFirstFailureAsBefore() throws SQLException {
    conn.setAutoCommit(false);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      add(ps, "a", "ann", 20);
      add(ps, "b", "again", 0);
      add(ps, "c", "cy", 25);
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertArrayEquals(new int[] {1}, e.getUpdateCounts(), "per row, stopping at the failure");
      conn.rollback();
    } finally {
      conn.setAutoCommit(true);
    }
    assertEquals(List.of("b=bea", "d=dan"), rows());
  }

  @Test
  void aReadOnlyConnectionRefusesTheWholeBatch() throws SQLException {
    conn.setReadOnly(true);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO people VALUES (?, ?, ?)")) {
      add(ps, "a", "ann", 20);
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("25006", e.getSQLState());
      assertArrayEquals(new int[0], e.getUpdateCounts());
    } finally {
      conn.setReadOnly(false);
    }
    assertNull(rows().stream().filter(r -> r.startsWith("a=")).findFirst().orElse(null));
  }
}
