package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.Capacity;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write is labelled per table and per index, as ReturnConsumedCapacity INDEXES breaks a
 * write's units down (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html),
 * at the statement and at commit, and priced as the DynamoDB calls that could do it: PutItem for
 * one row, TransactWriteItems (twice the units) for 2 to 100
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html),
 * BatchWriteItem (plain units) beyond, which DynamoDB does not make atomic, and for a JDBC batch
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html). Each
 * label is held against the same engine calls on a twin table holding the same items.
 */
class WriteLabelTest {
  private Connection c;
  private Database db;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:write-label-" + System.nanoTime());
    db = c.unwrap(DynasqlConnection.class).database();
    try (Statement st = c.createStatement()) {
      for (String t : new String[] {"ledger", "twin"}) {
        st.execute("CREATE TABLE " + t + " (pk VARCHAR, sk BIGINT, status VARCHAR, n BIGINT, PRIMARY KEY (pk, sk), "
            + "LOCAL INDEX byN (n) KEYS_ONLY)");
        st.execute("CREATE INDEX byStatus ON " + t + " (status, sk)");
      }
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void oneRowIsAPutItemWithALinePerIndex() throws SQLException {
    List<AccessRecord> lines = write("INSERT INTO ledger VALUES ('a', 1, 'NEW', 7)");
    ConsumedCapacity put = db.putItem(PutItemRequest.of("twin", item(1))).consumedCapacity();
    assertLines(lines, put, 1, true);
    assertEquals(3, lines.size(), "the table and its two indexes: " + lines);
  }

  @Test
  void fiftyRowsAreOneTransactWriteItems() throws SQLException {
    List<AccessRecord> lines = write(insert(50));
    List<TransactWriteItem> puts = new ArrayList<>();
    for (int i = 0; i < 50; i++) puts.add(new TransactWriteItem.Put(PutItemRequest.of("twin", item(i))));
    ConsumedCapacity tx = db.transactWriteItems(new TransactWriteItemsRequest(puts, null)).consumedCapacity().get(0);
    assertLines(lines, tx, 50, true);
    assertEquals(100.0, tableLine(lines).writeUnits(), "50 items under 1 KB, transactional: 2 units each");
  }

  @Test
  void over100RowsArePricedAsBatchWritesAndFlagged() throws SQLException {
    String sql = insert(120);
    List<AccessRecord> lines = write(sql);
    assertLines(lines, batchWrite(120), 120, false);
    assertEquals(120.0, tableLine(lines).writeUnits(), "BatchWriteItem: 1 unit per item under 1 KB");
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT atomic_on_dynamodb, write_units FROM sys.access_log WHERE \"sql\" = '" + sql.replace("'", "''")
            + "' AND index_name IS NULL")) {
      assertTrue(rs.next());
      assertFalse(rs.getBoolean(1));
      assertEquals(120.0, rs.getDouble(2));
    }
  }

  @Test
  void anAutoCommitBatchIsBatchWriteItem() throws SQLException {
    List<AccessRecord> lines;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < 30; i++) {
        ps.setString(1, "a");
        ps.setLong(2, i);
        ps.setString(3, "NEW");
        ps.setLong(4, i);
        ps.addBatch();
      }
      ps.executeBatch();
      lines = records(ps);
    }
    assertLines(lines, batchWrite(30), 30, true);
    assertEquals(30.0, tableLine(lines).writeUnits());
  }

  @Test
  void commitAndImplicitCommitAreLabelledPerIndex() throws SQLException {
    try (Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.executeUpdate("INSERT INTO ledger VALUES ('a', 0, 'NEW', 0), ('a', 1, 'NEW', 1)");
      c.commit();
      st.executeUpdate("INSERT INTO ledger VALUES ('a', 2, 'NEW', 2), ('a', 3, 'NEW', 3)");
      c.setAutoCommit(true); // JDBC: commits what is pending
      try (ResultSet rs = st.executeQuery("SELECT statement_id, index_name, items_returned, write_units FROM sys.access_log "
          + "WHERE \"sql\" = 'COMMIT' ORDER BY statement_id, index_name NULLS FIRST")) {
        for (int commit = 0; commit < 2; commit++) {
          for (String index : new String[] {null, "byN", "byStatus"}) {
            assertTrue(rs.next(), "a line for " + index + " in commit " + commit);
            assertEquals(index, rs.getString(2));
            assertEquals(index == null ? 2 : 0, rs.getLong(3));
            assertEquals(4.0, rs.getDouble(4), "two items, transactional, on " + index);
          }
        }
        assertFalse(rs.next());
      }
    }
  }

  private static Map<String, AttributeValue> item(int i) {
    return Map.of("pk", s("a"), "sk", n(i), "status", s("NEW"), "n", n(i));
  }

  private static String insert(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO ledger VALUES ");
    for (int i = 0; i < rows; i++) sb.append(i == 0 ? "" : ", ").append("('a', ").append(i).append(", 'NEW', ").append(i).append(')');
    return sb.toString();
  }

  /** The units of writing items 0..rows-1 to the twin with BatchWriteItem, 25 puts a call. */
  private ConsumedCapacity batchWrite(int rows) {
    ConsumedCapacity total = null;
    for (int from = 0; from < rows; from += 25) {
      List<WriteRequest> puts = new ArrayList<>();
      for (int i = from; i < Math.min(rows, from + 25); i++) puts.add(WriteRequest.put(item(i)));
      ConsumedCapacity cc = db.batchWriteItem(Map.of("twin", puts)).consumedCapacity().get(0);
      total = total == null ? cc : total.plus(cc);
    }
    return total;
  }

  private List<AccessRecord> write(String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate(sql);
      return records(st);
    }
  }

  private static List<AccessRecord> records(Statement st) throws SQLException {
    List<AccessRecord> out = new ArrayList<>();
    for (AccessLine l : st.unwrap(DynasqlStatement.class).accessLines()) out.add(l.record());
    return out;
  }

  private static AccessRecord tableLine(List<AccessRecord> lines) {
    return lines.stream().filter(r -> r.index() == null).findFirst().orElseThrow();
  }

  /** One line for the table with its units and items, one per index with its own units, all flagged alike. */
  private static void assertLines(List<AccessRecord> lines, ConsumedCapacity engine, long items, boolean atomic) {
    Map<String, Capacity> indexes = new TreeMap<>(engine.globalSecondaryIndexes());
    indexes.putAll(engine.localSecondaryIndexes());
    assertEquals(1 + indexes.size(), lines.size(), lines.toString());
    AccessRecord table = tableLine(lines);
    assertEquals(items, table.itemsReturned());
    assertEquals(engine.table().writeCapacityUnits(), table.writeUnits(), 1e-9, lines.toString());
    for (AccessRecord r : lines) {
      assertEquals(AccessKind.WRITE, r.kind());
      assertEquals("ledger", r.table());
      assertEquals(atomic, r.atomicOnDynamo(), r.toString());
      if (r.index() != null) assertEquals(indexes.get(r.index()).writeCapacityUnits(), r.writeUnits(), 1e-9, r.toString());
    }
  }
}
