package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A DynamoDB endpoint (the moto server, started here) declared with CREATE SOURCE ... TYPE
 * DYNAMODB and queried through {@code jdbc:dynasql:}: the same rules turn SQL into GetItem,
 * Query (table and global index) and Scan calls, the labels carry the units the service
 * reported, and the service's errors keep their DynamoDB type. Table Orders: 4 customers with
 * orders 1 to 5 each, total = 7 * customer * order, status NEW for odd orders, PAID for even.
 */
class DynamoSourceTest {
  private static MotoEndpoint moto;
  private static int next;
  private Connection conn;

  @BeforeAll
  static void startMoto() {
    // the SDK's default provider chain reads these system properties; moto accepts any key
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    DynamoDbClient c = moto.client();
    c.createTable(b -> b.tableName("Orders").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("customer").attributeType("S"),
            d -> d.attributeName("orderId").attributeType("N"), d -> d.attributeName("status").attributeType("S"))
        .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("byStatus").keySchema(k -> k.attributeName("status").keyType("HASH"))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
    for (int customer = 1; customer <= 4; customer++) {
      for (int order = 1; order <= 5; order++) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("customer", AttributeValue.fromS("c" + customer));
        item.put("orderId", AttributeValue.fromN(Integer.toString(order)));
        item.put("total", AttributeValue.fromN(Integer.toString(7 * customer * order)));
        item.put("status", AttributeValue.fromS(order % 2 == 1 ? "NEW" : "PAID"));
        c.putItem(b -> b.tableName("Orders").item(item));
      }
    }
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @BeforeEach
  void connect() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dynsrc_" + (++next));
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void aKeyLookupIsOneGetItemLabelledWithTheServicesUnits() throws SQLException {
    Run r = run("SELECT total FROM live.Orders WHERE customer = 'c2' AND orderId = 3");
    assertEquals(List.of("42"), r.rows);
    double reported = moto.client().getItem(b -> b.tableName("Orders").key(Map.of("customer", AttributeValue.fromS("c2"),
        "orderId", AttributeValue.fromN("3"))).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity().capacityUnits();
    assertEquals(1, r.lines.size(), r.lines.toString());
    String line = r.lines.get(0);
    assertTrue(line.startsWith("access=GET source=live table=Orders items_read=1 items_returned=1 read_units="
        + String.format(java.util.Locale.ROOT, "%.1f", reported) + " "), line);
    assertTrue(line.contains(" round_trips=1 ms=") && line.endsWith(" operation=GetItem"), line);
  }

  @Test
  void unquotedNamesMatchTheRemoteNamesIgnoringCase() throws SQLException {
    Run r = run("SELECT TOTAL FROM LIVE.ORDERS WHERE CUSTOMER = 'c2' AND ORDERID = 3");
    assertEquals(List.of("42"), r.rows);
    assertTrue(r.lines.get(0).startsWith("access=GET source=live table=Orders "), r.lines.toString());
  }

  @Test
  void aSortKeyRangeWithLimitIsAQueryWhoseLimitReachesTheService() throws SQLException {
    Run r = run("SELECT orderId FROM live.Orders WHERE customer = 'c1' AND orderId >= 2 ORDER BY orderId LIMIT 2");
    assertEquals(List.of("2", "3"), r.rows);
    // items_read is the service's ScannedCount: 2, not the 4 items of the range, so Limit was sent
    double reported = moto.client().query(b -> b.tableName("Orders").keyConditionExpression("customer = :c AND orderId >= :o")
        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c1"), ":o", AttributeValue.fromN("2"))).limit(2)
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity().capacityUnits();
    // moto reports 1.0 for any Query call; AWS would report 0.5 here (two small items are one 4 KB unit, halved for an
    // eventually consistent read: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html)
    assertEquals(1.0, reported);
    assertTrue(r.lines.get(0).startsWith("access=QUERY source=live table=Orders items_read=2 items_returned=2 read_units="
        + String.format(java.util.Locale.ROOT, "%.1f", reported) + " "), r.lines.toString());
    assertTrue(r.lines.get(0).contains(" round_trips=1 "), r.lines.toString());
  }

  @Test
  void aFilterOnAQueryIsSentAsAFilterExpression() throws SQLException {
    Run r = run("SELECT orderId FROM live.Orders WHERE customer = 'c3' AND orderId BETWEEN 2 AND 5 AND status = 'NEW'"
        + " ORDER BY orderId");
    assertEquals(List.of("3", "5"), r.rows);
    // four items in the range were read (and paid for), two passed the filter
    assertTrue(r.lines.get(0).startsWith("access=QUERY source=live table=Orders items_read=4 items_returned=2 "), r.lines.toString());
  }

  @Test
  void anEqualityOnAGlobalIndexKeyIsAQueryOfTheIndex() throws SQLException {
    Run r = run("SELECT customer, orderId FROM live.Orders WHERE status = 'PAID' ORDER BY customer, orderId");
    assertEquals(List.of("c1 2", "c1 4", "c2 2", "c2 4", "c3 2", "c3 4", "c4 2", "c4 4"), r.rows);
    assertTrue(r.lines.get(0).startsWith("access=QUERY source=live table=Orders index=byStatus items_read=8 items_returned=8 "),
        r.lines.toString());
  }

  @Test
  void aConditionOnNoKeyIsAScan() throws SQLException {
    Run r = run("SELECT customer, orderId FROM live.Orders WHERE total > 100 ORDER BY customer, orderId");
    assertEquals(List.of("c3 5", "c4 4", "c4 5"), r.rows);
    assertTrue(r.lines.get(0).startsWith("access=SCAN source=live table=Orders items_read=20 items_returned=3 "), r.lines.toString());
  }

  @Test
  void aLimitAboveAFilterReadsPageAfterPageFromTheLastEvaluatedKey() throws SQLException {
    // Limit 2 reaches the service, which evaluates two items a page; the filter keeps one of each two,
    // so a second page, started at the first's LastEvaluatedKey, is needed for the second row
    Run r = run("SELECT orderId FROM live.Orders WHERE customer = 'c4' AND status = 'PAID' LIMIT 2");
    assertEquals(List.of("2", "4"), r.rows);
    assertTrue(r.lines.get(0).startsWith("access=QUERY source=live table=Orders items_read=4 items_returned=2 "), r.lines.toString());
    assertTrue(r.lines.get(0).contains(" round_trips=2 "), r.lines.toString());
  }

  @Test
  void severalWholeKeysAreOneBatchGetItem() throws SQLException {
    Run r = run("SELECT customer, total FROM live.Orders WHERE customer IN ('c1', 'c2', 'c3') AND orderId = 2 ORDER BY customer");
    assertEquals(List.of("c1 14", "c2 28", "c3 42"), r.rows);
    double reported = moto.client().batchGetItem(b -> b.requestItems(Map.of("Orders",
        software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(key("c1", 2), key("c2", 2), key("c3", 2))
            .build())).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity().get(0).capacityUnits();
    assertTrue(r.lines.get(0).startsWith("access=BATCH_GET source=live table=Orders items_read=3 items_returned=3 read_units="
        + String.format(java.util.Locale.ROOT, "%.1f", reported) + " "), r.lines.toString());
    assertTrue(r.lines.get(0).contains(" round_trips=1 ms=") && r.lines.get(0).contains(" operation=BatchGetItem"), r.lines.toString());
  }

  @Test
  void aLookupJoinReadsTheSourcesKeysAHundredABatch() throws SQLException {
    DynamoDbClient c = moto.client();
    c.createTable(b -> b.tableName("Profiles").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("id").attributeType("S")).keySchema(k -> k.attributeName("id").keyType("HASH")));
    List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> writes = new ArrayList<>();
    String pad = "x".repeat(2000); // 2 KB items: reading 150 of them by key costs less than scanning 1,000
    for (int i = 0; i < 1000; i++) {
      Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS(String.format("p%04d", i)),
          "score", AttributeValue.fromN(Integer.toString(i)), "pad", AttributeValue.fromS(pad));
      writes.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder().putRequest(p -> p.item(item)).build());
    }
    for (int from = 0; from < writes.size(); from += 25) {
      List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> batch = writes.subList(from, from + 25);
      c.batchWriteItem(b -> b.requestItems(Map.of("Profiles", batch)));
    }
    try (Statement s = conn.createStatement()) {
      s.execute("ALTER SOURCE live SET OPTIONS (region 'us-east-1')"); // lists the tables again
      s.execute("CREATE TABLE picks (n BIGINT, profile VARCHAR, PRIMARY KEY (n))");
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < 150; i++) values.append(i == 0 ? "" : ", ").append(String.format("(%d, 'p%04d')", i, i * 3));
      s.execute("INSERT INTO picks VALUES " + values);
    }
    Run r = run("SELECT COUNT(*), SUM(p.score) FROM picks k JOIN live.Profiles p ON p.id = k.profile");
    assertEquals(List.of("150 33525"), r.rows); // 3 * (0 + 1 + ... + 149)
    String remote = r.lines.stream().filter(l -> l.contains("source=live")).findFirst().orElseThrow();
    assertTrue(remote.startsWith("access=BATCH_GET source=live table=Profiles items_read=150 "), r.lines.toString());
    assertTrue(remote.contains(" round_trips=2 "), remote); // 150 keys: a call of 100 and a call of 50
  }

  @Test
  void credentialsComeFromANamedProfileOrNamedVariablesNeverTheCatalog() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("dynasql-aws", ".credentials");
    java.nio.file.Files.writeString(file, "[moto]\naws_access_key_id = profilekey\naws_secret_access_key = profilesecret\n");
    System.setProperty("aws.sharedCredentialsFile", file.toString());
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dynasql-profile-db");
    try (Connection own = DriverManager.getConnection("jdbc:dynasql:" + dir); Statement s = own.createStatement()) {
      s.execute("CREATE SOURCE byprofile TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1', profile 'moto')");
      try (ResultSet rs = s.executeQuery("SELECT total FROM byprofile.Orders WHERE customer = 'c2' AND orderId = 3")) {
        assertTrue(rs.next());
        assertEquals(42, rs.getInt(1));
      }
      SQLException noProfile = assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE nope TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1', profile 'absent')"));
      assertEquals("28000", noProfile.getSQLState(), noProfile.getMessage());
      SQLException unset = assertThrows(SQLException.class, () -> s.execute("CREATE SOURCE nope TYPE DYNAMODB OPTIONS (endpoint '"
          + moto.url() + "', region 'us-east-1', access_key_env 'DYNASQL_UNSET_KEY_ID', secret_key_env 'DYNASQL_UNSET_SECRET')"));
      assertEquals("28000", unset.getSQLState(), unset.getMessage());
      assertTrue(unset.getMessage().contains("DYNASQL_UNSET_KEY_ID"), unset.getMessage());
      // what the catalog keeps: the profile's name, no key
      String kept = java.nio.file.Files.readString(dir.resolve("sources.properties"));
      assertTrue(kept.contains("byprofile.profile=moto") && !kept.contains("profilesecret"), kept);
    } finally {
      System.clearProperty("aws.sharedCredentialsFile");
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void theBackendSplitsAScanIntoSegments() {
    // the backend sends Segment and TotalSegments when asked (DynamoParallelScanTest reads segments through SQL)
    var d = new io.dynasql.federation.catalog.SourceDefinition("live", io.dynasql.federation.catalog.SourceType.DYNAMODB,
        Map.of(io.dynasql.federation.catalog.SourceOption.ENDPOINT, moto.url(),
            io.dynasql.federation.catalog.SourceOption.REGION, "us-east-1"));
    try (var live = io.dynasql.federation.dynamo.DynamoLive.open(d, System::getenv)) {
      var backend = live.table("Orders").backend();
      List<String> seen = new ArrayList<>();
      for (int segment = 0; segment < 3; segment++) {
        var page = backend.scan(new io.dynasql.pushdown.backend.ScanRead(null, null, java.util.Set.of("customer", "orderId"),
            null, null, false, segment, 3, null));
        assertEquals(null, page.lastEvaluatedKey());
        for (var item : page.items()) seen.add(item.get("customer") + "/" + item.get("orderId"));
      }
      assertEquals(20, seen.size(), seen.toString());
      assertEquals(20, new java.util.HashSet<>(seen).size(), seen.toString()); // every item once
    }
  }

  @Test
  void aCountOfAPartitionIsAQueryThatOnlyCounts() throws SQLException {
    Run r = run("SELECT COUNT(*) FROM live.Orders WHERE customer = 'c4'");
    assertEquals(List.of("5"), r.rows);
    assertTrue(r.lines.get(0).startsWith("access=QUERY source=live table=Orders items_read=5 "), r.lines.toString());
  }

  @Test
  void aLocalTableJoinsTheSourcesTable() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE customers (id VARCHAR, name VARCHAR, PRIMARY KEY (id))");
      s.execute("INSERT INTO customers VALUES ('c1', 'Ada'), ('c2', 'Brian'), ('c9', 'Nobody')");
    }
    Run r = run("SELECT c.name, o.total FROM customers c JOIN live.Orders o ON o.customer = c.id WHERE o.orderId = 4"
        + " ORDER BY c.name");
    assertEquals(List.of("Ada 28", "Brian 56"), r.rows);
    assertTrue(r.lines.stream().anyMatch(l -> l.contains("source=live table=Orders")), r.lines.toString());
  }

  @Test
  void explainShowsTheAccessOfTheSourcesTable() throws SQLException {
    String plan = String.join("\n", run("EXPLAIN PLAN FOR SELECT total FROM live.Orders WHERE customer = 'c1' AND orderId >= 3").rows);
    assertTrue(plan.contains("DynamoTableAccess(table=[[live, Orders]], path=[access=QUERY table=Orders key=[customer = 'c1'"
        + " AND orderId >= 3]"), plan);
    // the estimate: DescribeTable's 20 items over the 4 partition keys of the sample, 5 a customer
    String whole = String.join("\n", run("EXPLAIN PLAN FOR SELECT total FROM live.Orders WHERE customer = 'c1'").rows);
    assertTrue(whole.contains("est_items=[5]"), whole);
  }

  @Test
  void withPushdownOffTheSourcesTableIsScannedWhole() throws SQLException {
    String sql = "SELECT total FROM live.Orders WHERE customer = 'c1' AND orderId >= 3";
    try (Connection off = DriverManager.getConnection("jdbc:dynasql:mem:dynsrc_" + next + ";pushdown=false");
        Statement s = off.createStatement()) {
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
        while (rs.next()) plan.append(rs.getString(1)).append('\n');
      }
      assertTrue(plan.toString().contains("DynamoTableAccess(table=[[live, Orders]], path=[access=SCAN table=Orders]"), plan.toString());
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(sql + " ORDER BY total")) {
        while (rs.next()) rows.add(rs.getString(1));
      }
      assertEquals(run(sql + " ORDER BY total").rows, rows);
      assertEquals(List.of("21", "28", "35"), rows);
    }
  }

  @Test
  void theAccessLogKeepsTheSourceTheOperationAndTheUnits() throws SQLException {
    run("SELECT total FROM live.Orders WHERE customer = 'c1' AND orderId = 1");
    Run log = run("SELECT access, source, remote_sql, round_trips, read_units FROM sys.access_log WHERE source = 'live'");
    assertEquals(1, log.rows.size(), log.rows.toString());
    assertTrue(log.rows.get(0).startsWith("GET live GetItem 1 "), log.rows.toString());
  }

  @Test
  void unknownTablesAndUnreachableEndpointsAreRefused() throws SQLException {
    try (Statement s = conn.createStatement()) {
      SQLException missing = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM live.Nope"));
      assertEquals("42S02", missing.getSQLState(), missing.getMessage());
      // port 1 on this machine: nothing listens, so CREATE SOURCE connects, fails and keeps nothing
      SQLException down = assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE dead TYPE DYNAMODB OPTIONS (endpoint 'http://127.0.0.1:1', region 'us-east-1')"));
      assertEquals("08001", down.getSQLState(), down.getMessage());
      assertEquals("42704", assertThrows(SQLException.class, () -> s.execute("DROP SOURCE dead")).getSQLState());
      SQLException noRegion = assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE r TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "')"));
      assertEquals("22023", noRegion.getSQLState(), noRegion.getMessage());
      SQLException secret = assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE r TYPE DYNAMODB OPTIONS (region 'us-east-1', secret_key 'x')"));
      assertEquals("22023", secret.getSQLState(), secret.getMessage());
      SQLException jdbcOption = assertThrows(SQLException.class, () -> s.execute(
          "CREATE SOURCE r TYPE DYNAMODB OPTIONS (region 'us-east-1', url 'jdbc:h2:mem:x')"));
      assertEquals("22023", jdbcOption.getSQLState(), jdbcOption.getMessage());
    }
  }

  @Test
  void aTableDroppedOnTheEndpointFailsWithTheServicesErrorType() throws SQLException {
    DynamoDbClient c = moto.client();
    c.createTable(b -> b.tableName("Gone").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("id").attributeType("S")).keySchema(k -> k.attributeName("id").keyType("HASH")));
    try (Statement s = conn.createStatement()) {
      s.execute("ALTER SOURCE live SET OPTIONS (region 'us-east-1')"); // lists the tables again
      run("SELECT * FROM live.Gone WHERE id = 'a'");
      c.deleteTable(b -> b.tableName("Gone"));
      SQLException e = assertThrows(SQLException.class, () -> run("SELECT * FROM live.Gone WHERE id = 'a'"));
      assertEquals("42S02", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("ResourceNotFoundException"), e.getMessage());
    }
  }

  private static Map<String, AttributeValue> key(String customer, int order) {
    return Map.of("customer", AttributeValue.fromS(customer), "orderId", AttributeValue.fromN(Integer.toString(order)));
  }

  /** The rows of a statement (columns joined by a space) and its access lines. */
  private record Run(List<String> rows, List<String> lines) {}

  private Run run(String sql) throws SQLException {
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
