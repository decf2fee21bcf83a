package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four join shapes of issue 11 run as lookups: each plan names the lookup, its rows equal
 * the same statement on a {@code pushdown=false} connection (every table a SCAN, Calcite joins),
 * and its labels are within 10% of the read units of the cheapest engine calls that answer it.
 * Read units follow DynamoDB's rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html;
 * BatchGetItem: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html;
 * Query: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.html).
 */
class JoinByKeyTest {
  private static Connection on;
  private static Connection off;
  private static Database db;

  @BeforeAll
  static void load() throws SQLException {
    on = DriverManager.getConnection("jdbc:dynasql:mem:joinbykey;scan=allow");
    db = on.unwrap(DynasqlConnection.class).database();
    JoinByKeyFixture.load(db);
    off = DriverManager.getConnection("jdbc:dynasql:mem:joinbykey;scan=allow;pushdown=false");
  }

  @AfterAll
  static void close() throws SQLException {
    off.close();
    on.close();
  }

  /** Runs {@code sql}, checks its rows against pushdown=false, and returns its access lines. */
  private static List<AccessLine> run(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    List<AccessLine> lines;
    try (Statement st = on.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "," : "").append(rs.getString(i));
        rows.add(sb.toString());
      }
      lines = st.unwrap(DynasqlStatement.class).accessLines();
    }
    java.util.Collections.sort(rows);
    List<String> plain = JoinByKeyFixture.rows(off, sql);
    assertEquals(plain, rows, sql);
    assertTrue(!rows.isEmpty(), "the shape must return rows to be a test: " + sql);
    return lines;
  }

  private static double units(List<AccessLine> lines) {
    return lines.stream().mapToDouble(l -> l.record().readUnits()).sum();
  }

  /**
   * What the plan before lookups read: the same outer access, and a SCAN of the looked-up table
   * (its read units, by the engine). The lookup must read less; the figures go to the test's output.
   */
  private static void cheaperThanTheScan(List<AccessLine> lines, String table, String what) {
    double scan = JoinByKeyFixture.scan(db, table, null);
    double outer = lines.stream().filter(l -> !l.record().table().equals(table)).mapToDouble(l -> l.record().readUnits()).sum();
    double label = units(lines);
    System.out.printf(java.util.Locale.ROOT, "before/after %s: %.1f -> %.1f read units (%.0fx)%n", what, outer + scan, label,
        (outer + scan) / label);
    assertTrue(label < outer + scan, what + ": " + label + " read units, not less than the scan's " + (outer + scan));
  }

  private static void within10Percent(double cheapest, double label, String what) {
    System.out.printf(java.util.Locale.ROOT, "label/cheapest: %.1f / %.1f read units: %s%n", label, cheapest, what);
    assertTrue(label <= cheapest * 1.1 + 1e-9 && label >= cheapest * 0.9 - 1e-9,
        what + ": labelled " + label + " read units, the cheapest engine calls take " + cheapest);
  }

  private static void hasAccess(List<AccessLine> lines, AccessKind kind, String table, String index) {
    assertTrue(lines.stream().anyMatch(l -> l.record().kind() == kind && l.record().table().equals(table)
        && java.util.Objects.equals(l.record().index(), index)), kind + " " + table + " in " + lines);
    assertTrue(lines.stream().noneMatch(l -> l.record().kind() == AccessKind.SCAN && l.record().table().equals(table)),
        "no SCAN of " + table + " in " + lines);
  }

  @Test
  void aJoinFromOneCustomerIsOneQueryOnOrders() throws SQLException {
    String sql = "SELECT o.id, c.region FROM customers c JOIN orders o ON o.customer = c.customer WHERE c.customer = 'c0001'";
    String plan = JoinByKeyFixture.plan(on, sql);
    assertTrue(plan.contains("access=QUERY per key table=orders key=[customer = outer.customer]") && plan.contains("est_calls=[1]"), plan);
    List<AccessLine> lines = run(sql);
    hasAccess(lines, AccessKind.QUERY, "orders", null);
    double cheapest = db.getItem(GetItemRequest.of("customers", Map.of("customer", s("c0001")))).consumedCapacity().readCapacityUnits()
        + JoinByKeyFixture.query(db, "orders", null, "customer", s("c0001"));
    within10Percent(cheapest, units(lines), sql);
    cheaperThanTheScan(lines, "orders", "join from one customer");
  }

  @Test
  void anInSubqueryOnTheKeyIsAQueryPerKey() throws SQLException {
    String sql = "SELECT o.customer, o.id FROM orders o WHERE o.customer IN (SELECT customer FROM customers WHERE region = 'EU')";
    assertTrue(JoinByKeyFixture.plan(on, sql).contains("access=QUERY per key table=orders"), JoinByKeyFixture.plan(on, sql));
    List<AccessLine> lines = run(sql);
    hasAccess(lines, AccessKind.QUERY, "orders", null);
    List<Map<String, AttributeValue>> customers = new ArrayList<>();
    double cheapest = JoinByKeyFixture.scan(db, "customers", customers);
    for (Map<String, AttributeValue> c : customers) {
      if (c.get("region").equals(s("EU"))) cheapest += JoinByKeyFixture.query(db, "orders", null, "customer", c.get("customer"));
    }
    within10Percent(cheapest, units(lines), sql);
    cheaperThanTheScan(lines, "orders", "IN (subquery)");
  }

  @Test
  void aJoinOnTheWholeKeyIsABatchGet() throws SQLException {
    String sql = "SELECT t.ticket, c.region FROM tickets t JOIN customers c ON c.customer = t.customer";
    String plan = JoinByKeyFixture.plan(on, sql);
    assertTrue(plan.contains("access=BATCH_GET table=customers key=[customer = outer.customer]"), plan);
    List<AccessLine> lines = run(sql);
    hasAccess(lines, AccessKind.BATCH_GET, "customers", null);
    List<Map<String, AttributeValue>> tickets = new ArrayList<>();
    double cheapest = JoinByKeyFixture.scan(db, "tickets", tickets);
    Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
    for (Map<String, AttributeValue> t : tickets) keys.add(Map.of("customer", t.get("customer")));
    cheapest += db.batchGetItem(Map.of("customers", KeysAndAttributes.of(new ArrayList<>(keys)))).consumedCapacity()
        .stream().mapToDouble(c -> c.readCapacityUnits()).sum();
    within10Percent(cheapest, units(lines), sql);
    cheaperThanTheScan(lines, "customers", "whole key");
  }

  @Test
  void aJoinOnAGlobalIndexKeyIsAQueryPerKeyOnTheIndex() throws SQLException {
    String sql = "SELECT t.ticket, c.customer, c.region FROM tickets t JOIN customers c ON c.email = t.email";
    String plan = JoinByKeyFixture.plan(on, sql);
    assertTrue(plan.contains("access=QUERY per key table=customers index=byEmail key=[email = outer.email]"), plan);
    List<AccessLine> lines = run(sql);
    hasAccess(lines, AccessKind.QUERY, "customers", "byEmail");
    List<Map<String, AttributeValue>> tickets = new ArrayList<>();
    double cheapest = JoinByKeyFixture.scan(db, "tickets", tickets);
    Set<AttributeValue> emails = new LinkedHashSet<>();
    for (Map<String, AttributeValue> t : tickets) emails.add(t.get("email"));
    for (AttributeValue e : emails) cheapest += JoinByKeyFixture.query(db, "customers", "byEmail", "email", e);
    within10Percent(cheapest, units(lines), sql);
    cheaperThanTheScan(lines, "customers", "global index key");
  }

  /** docs/sql.md "Joins by key": its example plans as the page prints it (estimates left out). */
  @Test
  void theDocsExamplePlansAsPrinted() throws Exception {
    String section = DocSql.section("sql.md", "### Joins by key");
    String sql = DocSql.statements(DocSql.block(section, "sql")).get(0);
    String plan = JoinByKeyFixture.plan(on, sql);
    for (String line : DocSql.block(section, "text").strip().split("\n")) {
      String printed = line.strip().replace("...", "");
      assertTrue(plan.contains(printed), "docs/sql.md prints\n" + printed + "\nbut the plan is\n" + plan);
    }
  }
}
