package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code TABLE(dynasql_stream(table, position))} through JDBC. Record fields follow DynamoDB
 * Streams' StreamRecord (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html);
 * the access line counts one streams read request unit per GetRecords call, as DynamoDB bills
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CostOptimization_StreamsUsage.html).
 */
class StreamFunctionTest {
  private static final String ROWS = "SELECT event_name, keys, new_image, old_image, size_bytes, shard_id, sequence_number,"
      + " approximate_creation_time FROM TABLE(dynasql_stream('orders', 'TRIM_HORIZON'))";
  private final Connection conn = open();

  private static Connection open() {
    try {
      return DriverManager.getConnection("jdbc:dynasql:mem:stream-function");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void readsEveryChangeWithImagesAsJsonAndLabelsTheAccess() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR) WITH (stream = 'NEW_AND_OLD_IMAGES')");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW')");
      st.execute("UPDATE orders SET status = 'PAID' WHERE id = 'o1'");
      st.execute("UPDATE orders SET status = 'PAID' WHERE id = 'o1'"); // changes nothing: no record
      st.execute("DELETE FROM orders WHERE id = 'o1'");
      List<String> seen = new ArrayList<>();
      String lastSequence = "";
      try (ResultSet rs = st.executeQuery(ROWS)) {
        while (rs.next()) {
          seen.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
          assertTrue(rs.getLong(5) > 0);
          assertTrue(rs.getString(6).startsWith("shardId-"), rs.getString(6));
          assertTrue(rs.getString(7).compareTo(lastSequence) > 0, "sequence numbers increase");
          lastSequence = rs.getString(7);
          assertTrue(rs.getTimestamp(8) != null);
        }
      }
      assertEquals(List.of(
          "INSERT {\"id\":\"o1\"} {\"id\":\"o1\",\"status\":\"NEW\"} null",
          "MODIFY {\"id\":\"o1\"} {\"id\":\"o1\",\"status\":\"PAID\"} {\"id\":\"o1\",\"status\":\"NEW\"}",
          "REMOVE {\"id\":\"o1\"} null {\"id\":\"o1\",\"status\":\"PAID\"}"), seen);
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      AccessRecord r = lines.get(0).record();
      assertEquals(AccessKind.STREAM, r.kind());
      assertEquals("orders", r.table());
      assertEquals(3, r.itemsReturned());
      // an on-demand table has 4 shards: each is read until GetRecords returns nothing more
      assertTrue(r.readUnits() >= 4, lines.toString());
      assertEquals(0.0, r.writeUnits());
      assertTrue(lines.get(0).toString().startsWith("access=STREAM table=orders"), lines.get(0).toString());
    }
  }

  @Test
  void latestSeesNothingWrittenBeforeAndViewTypesLeaveImagesOut() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR) WITH (stream = 'KEYS_ONLY')");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW')");
      try (ResultSet rs = st.executeQuery("SELECT * FROM TABLE(dynasql_stream('orders', 'latest'))")) {
        assertFalse(rs.next());
      }
      try (ResultSet rs = st.executeQuery(ROWS)) {
        assertTrue(rs.next());
        assertEquals("{\"id\":\"o1\"}", rs.getString("keys"));
        assertNull(rs.getString("new_image"));
        assertNull(rs.getString("old_image"));
        assertFalse(rs.next());
      }
    }
  }

  @Test
  void worksAsAPreparedStatementWithParameters() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY) WITH (stream = 'NEW_IMAGE')");
      st.execute("INSERT INTO orders (id) VALUES ('a1'), ('a2')");
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM TABLE(dynasql_stream(?, ?)) WHERE event_name = 'INSERT'")) {
      ps.setString(1, "orders");
      ps.setString(2, "TRIM_HORIZON");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(2, rs.getLong(1));
      }
    }
  }

  @Test
  void badArgumentsAreClearErrorsWithSqlStates() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE plain (id VARCHAR PRIMARY KEY)");
      SQLException noStream = assertThrows(SQLException.class,
          () -> st.executeQuery("SELECT * FROM TABLE(dynasql_stream('plain', 'TRIM_HORIZON'))").next());
      assertEquals("22000", noStream.getSQLState(), noStream.getMessage());
      assertTrue(noStream.getMessage().contains("has no stream"), noStream.getMessage());
      SQLException position = assertThrows(SQLException.class,
          () -> st.executeQuery("SELECT * FROM TABLE(dynasql_stream('plain', 'YESTERDAY'))").next());
      assertEquals("22000", position.getSQLState(), position.getMessage());
      assertTrue(position.getMessage().contains("'YESTERDAY'"), position.getMessage());
      SQLException missing = assertThrows(SQLException.class,
          () -> st.executeQuery("SELECT * FROM TABLE(dynasql_stream('nowhere', 'LATEST'))").next());
      assertEquals("42S02", missing.getSQLState(), missing.getMessage());
    }
  }
}
