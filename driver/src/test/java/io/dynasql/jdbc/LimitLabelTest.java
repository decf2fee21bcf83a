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
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.AccessRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A LIMIT (or setMaxRows) reaches the store as DynamoDB's {@code Limit}: each statement's label
 * equals what the same Query or Scan calls, with that Limit, consume when sent to the engine
 * directly. A call with {@code Limit} evaluates at most that many items and is charged for those
 * only (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Limit,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Limit); the next
 * call starts at the previous one's LastEvaluatedKey
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html).
 * Items of about 1,000 bytes, 300 per partition key: a whole page of one key would be 37.5 units.
 */
class LimitLabelTest {
  private static Connection c;
  private static Database db;

  @BeforeAll
  static void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:limit-label;scan=allow");
    db = c.unwrap(DynasqlConnection.class).database();
    db.createTable(CreateTableRequest.of("events", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byParity", KeySchema.of("parity", AttributeType.S, "sk", AttributeType.N))));
    String pad = "x".repeat(960);
    for (String pk : new String[] {"p1", "p2"}) {
      for (int i = 0; i < 300; i++) {
        db.putItem(PutItemRequest.of("events", Map.of("pk", s(pk), "sk", n(i), "parity", s(i % 2 == 0 ? "even" : "odd"),
            "pad", s(pad))));
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
  }

  @Test
  void partitionKeyOrderBySortKeyLimit() throws SQLException {
    AccessRecord r = run("SELECT * FROM events WHERE pk = 'p1' ORDER BY sk LIMIT 3", 0);
    PageResponse q = db.query(query("p1").limit(3).build());
    assertLabel(r, 3, 3, q.consumedCapacity().readCapacityUnits());
    assertEquals(0.5, r.readUnits(), "3 items of 1 KB: one 4 KB unit, halved for an eventually consistent read");
  }

  @Test
  void partitionKeyOrderBySortKeyDescendingLimit() throws SQLException {
    AccessRecord r = run("SELECT sk FROM events WHERE pk = 'p2' ORDER BY sk DESC LIMIT 7", 0);
    PageResponse q = db.query(query("p2").scanIndexForward(false).limit(7).build());
    assertLabel(r, 7, 7, q.consumedCapacity().readCapacityUnits());
    assertEquals(1.0, r.readUnits(), "7 KB: two 4 KB units, halved");
  }

  @Test
  void scanLimit() throws SQLException {
    AccessRecord r = run("SELECT pk, sk FROM events LIMIT 5", 0);
    PageResponse q = db.scan(ScanRequest.builder("events").limit(5).build());
    assertLabel(r, 5, 5, q.consumedCapacity().readCapacityUnits());
  }

  /**
   * With a pushed filter the store evaluates Limit items and returns those that pass: half do here,
   * so LIMIT 4 is two calls of Limit 4 (the second asks for the 2 rows still wanted, scaled by the
   * 2 items each passing row took).
   */
  @Test
  void partitionKeyFilterLimit() throws SQLException {
    AccessRecord r = run("SELECT sk FROM events WHERE pk = 'p1' AND parity = 'even' LIMIT 4", 0);
    PageResponse first = db.query(query("p1").filter("parity = :e").values(Map.of(":p", s("p1"), ":e", s("even")))
        .limit(4).build());
    PageResponse second = db.query(query("p1").filter("parity = :e").values(Map.of(":p", s("p1"), ":e", s("even")))
        .limit(4).exclusiveStartKey(first.lastEvaluatedKey()).build());
    assertEquals(4, first.count() + second.count());
    assertLabel(r, 8, 4, first.consumedCapacity().readCapacityUnits() + second.consumedCapacity().readCapacityUnits());
  }

  @Test
  void maxRowsIsTheStoreLimit() throws SQLException {
    AccessRecord r = run("SELECT * FROM events WHERE pk = 'p1'", 5);
    PageResponse q = db.query(query("p1").limit(5).build());
    assertLabel(r, 5, 5, q.consumedCapacity().readCapacityUnits());
  }

  /** A residual SQL filter keeps the cap off the access: it hands SQL only the rows the result set asked for. */
  @Test
  void maxRowsAboveSqlReturnsNoRowAhead() throws SQLException {
    AccessRecord r = run("SELECT sk FROM events WHERE pk = 'p1' AND CHAR_LENGTH(pad) > 0", 5);
    assertEquals(5, r.itemsReturned(), r.toString());
  }

  @Test
  void globalIndexQueryLimit() throws SQLException {
    AccessRecord r = run("SELECT pk, sk FROM events WHERE parity = 'odd' LIMIT 6", 0);
    assertEquals("byParity", r.index());
    PageResponse q = db.query(QueryRequest.builder("events").index("byParity").keyCondition("parity = :o")
        .values(Map.of(":o", s("odd"))).limit(6).build());
    assertLabel(r, 6, 6, q.consumedCapacity().readCapacityUnits());
  }

  @Test
  void offsetReadsLimitPlusOffset() throws SQLException {
    String sql = "SELECT sk FROM events WHERE pk = 'p1' ORDER BY sk LIMIT 3 OFFSET 2";
    assertEquals(List.of(2L, 3L, 4L), column(sql));
    AccessRecord r = run(sql, 0);
    PageResponse q = db.query(query("p1").limit(5).build());
    assertLabel(r, 5, 5, q.consumedCapacity().readCapacityUnits());
  }

  @Test
  void explainShowsTheLimitAndEstimatesOnlyItsItems() throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR SELECT * FROM events WHERE pk = 'p1' ORDER BY sk LIMIT 3")) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString(1));
      assertTrue(plan.toString().contains("access=QUERY") && plan.toString().contains("limit=3")
          && plan.toString().contains("est_items=[3]"), plan.toString());
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR SELECT sk FROM events WHERE pk = 'p1' ORDER BY sk LIMIT 3 OFFSET 2")) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString(1));
      assertTrue(plan.toString().contains("EnumerableLimit(offset=[2])") && plan.toString().contains("limit=5")
          && !plan.toString().contains("EnumerableSort"), plan.toString());
    }
  }

  /** The label of {@code sql}'s one access once its rows are all read (under setMaxRows(maxRows)), also as sys.access_log has it. */
  private static AccessRecord run(String sql, int maxRows) throws SQLException {
    AccessRecord r;
    try (Statement st = c.createStatement()) {
      st.setMaxRows(maxRows);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      r = lines.get(0).record();
    }
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT items_read, items_returned, read_units FROM sys.access_log WHERE \"sql\" = '" + sql.replace("'", "''")
            + "' ORDER BY statement_id DESC LIMIT 1")) {
      assertTrue(rs.next(), "no sys.access_log row for " + sql);
      assertEquals(r.itemsRead(), rs.getLong(1));
      assertEquals(r.itemsReturned(), rs.getLong(2));
      assertEquals(r.readUnits(), rs.getDouble(3), 1e-9);
    }
    return r;
  }

  private static List<Long> column(String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }

  private static QueryRequest.Builder query(String pk) {
    Map<String, AttributeValue> values = Map.of(":p", s(pk));
    return QueryRequest.builder("events").keyCondition("pk = :p").values(values);
  }

  private static void assertLabel(AccessRecord r, long read, long returned, double units) {
    assertEquals(read, r.itemsRead(), "items read: " + r);
    assertEquals(returned, r.itemsReturned(), "items returned: " + r);
    assertEquals(units, r.readUnits(), 1e-9, "read units: " + r);
  }
}
