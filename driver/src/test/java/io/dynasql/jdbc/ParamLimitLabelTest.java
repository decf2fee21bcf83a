package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.AccessRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code LIMIT ?} and {@code OFFSET ?} reach the store as DynamoDB's {@code Limit} as a literal
 * LIMIT does, with the value bound when the statement runs: each execution's label equals what the
 * same Query or Scan with that Limit consumes sent to the engine directly. A call with Limit
 * evaluates at most that many items and is charged for those only
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Limit,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Limit).
 * Items of about 1,000 bytes, 300 per partition key.
 */
class ParamLimitLabelTest {
  private static Connection c;
  private static Database db;

  @BeforeAll
  static void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:param-limit-label;scan=allow");
    db = c.unwrap(DynasqlConnection.class).database();
    db.createTable(CreateTableRequest.of("events", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    String pad = "x".repeat(960);
    for (String pk : new String[] {"p1", "p2"}) {
      for (int i = 0; i < 300; i++) {
        db.putItem(PutItemRequest.of("events", Map.of("pk", s(pk), "sk", n(i), "pad", s(pad))));
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void partitionKeyOrderBySortKeyParameterLimit() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM events WHERE pk = ? ORDER BY sk LIMIT ?")) {
      ps.setString(1, "p1");
      ps.setInt(2, 3);
      AccessRecord r = run(ps, 3);
      assertLabel(r, 3, 3, db.query(query("p1").limit(3).build()).consumedCapacity().readCapacityUnits());
      assertEquals(0.5, r.readUnits(), "3 items of 1 KB: one 4 KB unit, halved for an eventually consistent read");
      // the same statement, another value: bound at execution, not when planned
      ps.setString(1, "p2");
      ps.setInt(2, 7);
      r = run(ps, 7);
      assertLabel(r, 7, 7, db.query(query("p2").limit(7).build()).consumedCapacity().readCapacityUnits());
    }
  }

  @Test
  void parameterLimitAndOffsetReadLimitPlusOffset() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT sk FROM events WHERE pk = 'p1' ORDER BY sk DESC LIMIT ? OFFSET ?")) {
      ps.setInt(1, 3);
      ps.setInt(2, 2);
      assertEquals(List.of(297L, 296L, 295L), column(ps));
      AccessRecord r = run(ps, 3);
      PageResponse q = db.query(query("p1").scanIndexForward(false).limit(5).build());
      assertLabel(r, 5, 5, q.consumedCapacity().readCapacityUnits());
    }
  }

  /**
   * JDBC's conversion table lets {@code setLong} (and {@code setShort}, {@code setByte}) bind an
   * INTEGER parameter (JDBC 4.3, table B-5); a value that does not fit is 22003, with or without pushdown.
   */
  @Test
  void aLimitBoundWithSetLongIsConvertedToItsType() throws SQLException {
    for (String url : List.of("jdbc:dynasql:mem:param-limit-label;scan=allow", "jdbc:dynasql:mem:param-limit-label;scan=allow;pushdown=false")) {
      try (Connection other = DriverManager.getConnection(url);
          PreparedStatement ps = other.prepareStatement("SELECT sk FROM events WHERE pk = 'p1' ORDER BY sk LIMIT ?")) {
        ps.setLong(1, 2L);
        assertEquals(List.of(0L, 1L), column(ps), url);
        ps.setShort(1, (short) 1);
        assertEquals(List.of(0L), column(ps), url);
        ps.setLong(1, Long.MAX_VALUE);
        java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> column(ps), url);
        assertEquals("22003", e.getSQLState(), e.getMessage());
      }
    }
  }

  @Test
  void scanParameterLimit() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pk, sk FROM events LIMIT ?")) {
      ps.setInt(1, 5);
      AccessRecord r = run(ps, 5);
      assertLabel(r, 5, 5, db.scan(ScanRequest.builder("events").limit(5).build()).consumedCapacity().readCapacityUnits());
    }
  }

  @Test
  void explainShowsTheParameterLimit() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN PLAN FOR SELECT * FROM events WHERE pk = ? ORDER BY sk LIMIT ?")) {
      ps.setString(1, "p1");
      ps.setInt(2, 3);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) plan.append(rs.getString(1));
      }
      assertTrue(plan.toString().contains("access=QUERY") && plan.toString().contains("limit=?1")
          && !plan.toString().contains("EnumerableSort"), plan.toString());
    }
  }

  @Test
  void zeroAndNegativeLimitsAnswerAsUnpushed() throws SQLException {
    String sql = "SELECT sk FROM events WHERE pk = 'p1' ORDER BY sk LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql);
        Connection off = DriverManager.getConnection("jdbc:dynasql:mem:param-limit-label;scan=allow;pushdown=false");
        PreparedStatement unpushed = off.prepareStatement(sql)) {
      for (int limit : new int[] {0, -1, 1}) {
        ps.setInt(1, limit);
        unpushed.setInt(1, limit);
        assertEquals(outcome(unpushed), outcome(ps), "LIMIT " + limit);
      }
      ps.setInt(1, 0);
      assertEquals(List.of(), column(ps));
    }
  }

  /** The rows, or the SQLState of the error. */
  private static String outcome(PreparedStatement ps) {
    try {
      return column(ps).toString();
    } catch (SQLException e) {
      return "error " + e.getSQLState();
    }
  }

  /** The label of the statement's one access once its rows are all read, after checking it returned {@code rows}. */
  private static AccessRecord run(PreparedStatement ps, int rows) throws SQLException {
    int read = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
        read++;
      }
    }
    assertEquals(rows, read);
    List<AccessLine> lines = ps.unwrap(DynasqlStatement.class).accessLines();
    assertEquals(1, lines.size(), lines.toString());
    return lines.get(0).record();
  }

  private static List<Long> column(PreparedStatement ps) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }

  private static QueryRequest.Builder query(String pk) {
    return QueryRequest.builder("events").keyCondition("pk = :p").values(Map.of(":p", s(pk)));
  }

  private static void assertLabel(AccessRecord r, long read, long returned, double units) {
    assertEquals(read, r.itemsRead(), "items read: " + r);
    assertEquals(returned, r.itemsReturned(), "items returned: " + r);
    assertEquals(units, r.readUnits(), 1e-9, "read units: " + r);
  }
}
