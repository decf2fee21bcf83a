package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Semi-join reduction into a DynamoDB source: a local table's few distinct join keys sent to the
 * source as BatchGetItem calls of 100 keys (the join binds the source table's whole key,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html) or as a
 * Query per key (it binds the partition key of a table with a sort key,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html, or of a global
 * index: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html), instead of a
 * Scan; many keys scan. Every answer equals the same statement over dynasql copies of the source's
 * tables. On a moto server: Devices (id, 2,000 items of about 1 KB, model m0 to m99 in global index
 * byModel) and Readings (device, seq: 200
 * devices with 10 readings of about 250 bytes each); locally, visits naming devices, with duplicates, NULLs and
 * devices the source does not hold.
 */
class DynamoSemiJoinTest {
  private static MotoEndpoint moto;
  /** One database for the class: the tests only read. */
  private static Connection conn;

  @BeforeAll
  static void startMoto() throws SQLException {
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    moto.client().createTable(b -> b.tableName("Devices").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("id").attributeType("S"), d -> d.attributeName("model").attributeType("S"))
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .globalSecondaryIndexes(g -> g.indexName("byModel").keySchema(k -> k.attributeName("model").keyType("HASH"))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
    MotoTables.create(moto.client(), "Readings", "device", "seq");
    List<Map<String, AttributeValue>> devices = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      devices.add(Map.of("id", AttributeValue.fromS(id(i)), "name", AttributeValue.fromS("device " + i),
          "model", AttributeValue.fromS("m" + i % 100), "pad", AttributeValue.fromS("x".repeat(1000))));
    }
    MotoTables.write(moto.client(), "Devices", devices);
    List<Map<String, AttributeValue>> readings = new ArrayList<>();
    for (int d = 0; d < 200; d++) {
      for (int s = 0; s < 10; s++) {
        readings.add(Map.of("device", AttributeValue.fromS(id(d)), "seq", AttributeValue.fromN(Integer.toString(s)),
            "reading", AttributeValue.fromN(Integer.toString(d * 10 + s)), "pad", AttributeValue.fromS("y".repeat(200))));
      }
    }
    MotoTables.write(moto.client(), "Readings", readings);
    connect();
  }

  private static String id(int i) {
    return String.format("d%04d", i);
  }

  @AfterAll
  static void stopMoto() throws SQLException {
    conn.close();
    moto.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  /**
   * The source, its copies, and visits: on 'mon' 40 visits of 25 distinct devices (every 12th
   * device from 0, so some past the 200 that have readings; each of the first 15 twice), 5 with
   * no device and one of a device the source does not hold; 12 visits on each of 59 other days
   * (so that one day is a few visits by the table's statistics); and a fleet of 1,200 devices,
   * more than reading them by key is worth.
   */
  private static void connect() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dynsemi");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
      s.execute("CREATE TABLE visits (visit_day VARCHAR, n BIGINT, device VARCHAR, PRIMARY KEY (visit_day, n))");
      List<String> visits = new ArrayList<>();
      for (int i = 0; i < 40; i++) visits.add(String.format("('mon', %d, '%s')", i, id((i % 25) * 12)));
      for (int i = 40; i < 45; i++) visits.add(String.format("('mon', %d, NULL)", i));
      visits.add("('mon', 45, 'nosuch')");
      for (int day = 1; day < 60; day++) {
        for (int i = 0; i < 12; i++) visits.add(String.format("('d%02d', %d, '%s')", day, i, id(day * 12 + i)));
      }
      MotoTables.insert(s, "visits", visits);
      s.execute("CREATE TABLE fleet (n BIGINT, device VARCHAR, PRIMARY KEY (n))");
      List<String> fleet = new ArrayList<>();
      for (int i = 0; i < 1200; i++) fleet.add(String.format("(%d, '%s')", i, id(i)));
      MotoTables.insert(s, "fleet", fleet);
      s.execute("CREATE TABLE devices_copy (id VARCHAR, name VARCHAR, model VARCHAR, PRIMARY KEY (id))");
      List<String> devices = new ArrayList<>();
      for (int i = 0; i < 2000; i++) devices.add(String.format("('%s', 'device %d', 'm%d')", id(i), i, i % 100));
      MotoTables.insert(s, "devices_copy", devices);
      s.execute("CREATE TABLE recalls (recall BIGINT, model VARCHAR, PRIMARY KEY (recall))");
      s.execute("INSERT INTO recalls VALUES (1, 'm7'), (2, 'm42'), (3, 'm7'), (4, NULL), (5, 'none')");
      s.execute("CREATE TABLE readings_copy (device VARCHAR, seq BIGINT, reading BIGINT, PRIMARY KEY (device, seq))");
      List<String> readings = new ArrayList<>();
      for (int d = 0; d < 200; d++) for (int q = 0; q < 10; q++) readings.add(String.format("('%s', %d, %d)", id(d), q, d * 10 + q));
      MotoTables.insert(s, "readings_copy", readings);
    }
  }

  /** The distinct non-NULL devices of one day's visits. */
  private static Set<String> keys(String day) throws SQLException {
    return new LinkedHashSet<>(run("SELECT device FROM visits WHERE visit_day = '" + day + "' AND device IS NOT NULL").rows());
  }

  @Test
  void theWholeKeyIsSentAsBatchGetItem() throws SQLException {
    String sql = "SELECT v.n, d.name FROM visits v JOIN %s d ON d.id = v.device WHERE v.visit_day = 'mon' ORDER BY v.n";
    Run r = run(String.format(sql, "live.Devices"));
    assertEquals(run(String.format(sql, "devices_copy")).rows(), r.rows());
    assertEquals(40, r.rows().size());
    String line = remote(r);
    // 26 distinct keys (one no item has), each once: one call; NULLs are never sent
    assertTrue(line.startsWith("access=BATCH_GET source=live table=Devices items_read=25 "), line);
    assertTrue(line.contains(" round_trips=1 ") && line.contains(" operation=BatchGetItem keys=" + keys("mon").size()), line);
    assertEquals(26, keys("mon").size());
    String plan = String.join("\n", run("EXPLAIN PLAN FOR " + String.format(sql, "live.Devices")).rows());
    assertTrue(plan.contains("DynamoLookupJoin") && plan.contains("access=BATCH_GET table=Devices"), plan);
  }

  @Test
  void thePartitionKeyOfATableWithASortKeyIsAQueryPerKey() throws SQLException {
    String sql = "SELECT v.n, r.seq, r.reading FROM visits v JOIN %s r ON r.device = v.device WHERE v.visit_day = 'mon'"
        + " ORDER BY v.n, r.seq";
    Run r = run(String.format(sql, "live.Readings"));
    assertEquals(run(String.format(sql, "readings_copy")).rows(), r.rows());
    assertFalse(r.rows().isEmpty());
    String line = remote(r);
    // devices 0, 12, ..., 192 have 10 readings each: 17 of the 26 keys find 170 items, one Query (one page) per key
    assertTrue(line.startsWith("access=QUERY source=live table=Readings items_read=170 "), line);
    assertTrue(line.contains(" round_trips=26 ") && line.contains(" operation=Query keys=26"), line);
  }

  @Test
  void thePartitionKeyOfAGlobalIndexIsAQueryOfTheIndexPerKey() throws SQLException {
    String sql = "SELECT r.recall, d.id FROM recalls r JOIN %s d ON d.model = r.model WHERE r.recall IN (1, 2, 3, 4, 5)"
        + " ORDER BY r.recall, d.id";
    Run r = run(String.format(sql, "live.Devices"));
    assertEquals(run(String.format(sql, "devices_copy")).rows(), r.rows());
    assertEquals(60, r.rows().size()); // m7 twice and m42 once, 20 devices each
    // index byModel holds every item with a model, projected whole: 3 distinct models, 40 items
    assertTrue(remote(r).startsWith("access=QUERY source=live table=Devices index=byModel items_read=40 "), r.lines().toString());
    assertTrue(remote(r).contains(" operation=Query keys=3"), r.lines().toString());
  }

  @Test
  void anInSubqueryOverALocalTableSendsItsKeys() throws SQLException {
    String sql = "SELECT device, seq, reading FROM %s WHERE device IN (SELECT device FROM visits WHERE visit_day = 'mon')"
        + " ORDER BY device, seq";
    Run r = run(String.format(sql, "live.Readings"));
    assertEquals(run(String.format(sql, "readings_copy")).rows(), r.rows());
    assertEquals(170, r.rows().size());
    assertTrue(remote(r).startsWith("access=QUERY source=live table=Readings items_read=170 "), r.lines().toString());
    assertTrue(remote(r).contains(" operation=Query keys=26"), r.lines().toString());
  }

  @Test
  void aLeftJoinKeepsVisitsWithoutADeviceOrAMatch() throws SQLException {
    String sql = "SELECT v.n, d.name FROM visits v LEFT JOIN %s d ON d.id = v.device WHERE v.visit_day = 'mon' ORDER BY v.n";
    Run r = run(String.format(sql, "live.Devices"));
    assertEquals(run(String.format(sql, "devices_copy")).rows(), r.rows());
    assertEquals(46, r.rows().size());
    assertTrue(r.rows().contains("40 null") && r.rows().contains("45 null"), r.rows().toString());
    assertTrue(remote(r).startsWith("access=BATCH_GET source=live table=Devices "), r.lines().toString());
  }

  @Test
  void manyKeysReadTheSourceTableWholeInstead() throws SQLException {
    // 1,200 keys by BatchGetItem cost 600 units (1 KB items, eventually consistent), a Scan of the 2 MB table about 250
    String sql = "SELECT COUNT(*), MIN(d.name) FROM fleet f JOIN %s d ON d.id = f.device";
    Run r = run(String.format(sql, "live.Devices"));
    assertEquals(run(String.format(sql, "devices_copy")).rows(), r.rows());
    assertTrue(remote(r).startsWith("access=SCAN source=live table=Devices items_read=2000 "), r.lines().toString());
  }

  /** The access line of the source's table: exactly one. */
  private static String remote(Run r) {
    List<String> lines = r.lines().stream().filter(l -> l.contains(" source=live ")).toList();
    assertEquals(1, lines.size(), r.lines().toString());
    return lines.get(0);
  }

  /** The rows of a statement (columns joined by a space) and its access lines. */
  private record Run(List<String> rows, List<String> lines) {}

  private static Run run(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder b = new StringBuilder();
          for (int i = 1; i <= n; i++) b.append(i == 1 ? "" : " ").append(rs.getString(i));
          rows.add(b.toString());
        }
      }
      List<String> lines = new ArrayList<>();
      for (AccessLine l : s.unwrap(DynasqlStatement.class).accessLines()) lines.add(l.toString());
      return new Run(rows, lines);
    }
  }
}
