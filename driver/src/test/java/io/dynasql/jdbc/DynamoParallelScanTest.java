package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A full Scan of a DynamoDB source's table read as a parallel Scan
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan):
 * Segment and TotalSegments sent by one thread per segment, every item returned once, the label
 * summing the ConsumedCapacity the service reported for every segment's pages. Table Readings on
 * a moto server: 100 devices with 30 readings each, reading = (31 * device + seq) mod 1000.
 */
class DynamoParallelScanTest {
  private static final int DEVICES = 100;
  private static final int SEQS = 30;
  private static MotoEndpoint moto;
  private static int next;
  private Connection conn;

  @BeforeAll
  static void startMoto() {
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    MotoTables.create(moto.client(), "Readings", "device", "seq");
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      for (int s = 0; s < SEQS; s++) {
        items.add(Map.of("device", AttributeValue.fromS(String.format("d%03d", d)), "seq", AttributeValue.fromN(Integer.toString(s)),
            "reading", AttributeValue.fromN(Integer.toString(reading(d, s)))));
      }
    }
    MotoTables.write(moto.client(), "Readings", items);
  }

  private static int reading(int device, int seq) {
    return (31 * device + seq) % 1000;
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @BeforeEach
  void connect() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dynscan_" + (++next));
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE seg TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1', scan_segments '4')");
      s.execute("CREATE SOURCE whole TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void aFullScanReadsFourSegmentsAndReturnsEveryItemOnce() throws SQLException {
    Run r = run("SELECT device, seq FROM seg.Readings");
    assertEquals(DEVICES * SEQS, r.rows().size());
    assertEquals(DEVICES * SEQS, new HashSet<>(r.rows()).size(), "an item returned twice");
    // what the service reports for the four segments' pages, summed (moto returns each segment in one page)
    double units = 0;
    int pages = 0;
    for (int segment = 0; segment < 4; segment++) {
      Map<String, AttributeValue> start = null;
      do {
        Map<String, AttributeValue> from = start;
        int seg = segment;
        ScanResponse page = moto.client().scan(b -> b.tableName("Readings").segment(seg).totalSegments(4).exclusiveStartKey(from)
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        units += page.consumedCapacity().capacityUnits();
        pages++;
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
      } while (start != null);
    }
    String line = r.lines().get(0);
    assertTrue(line.startsWith("access=SCAN source=seg table=Readings items_read=3000 items_returned=3000 read_units="
        + String.format(Locale.ROOT, "%.1f", units) + " "), line);
    assertTrue(line.contains(" round_trips=" + pages + " ") && line.endsWith(" operation=Scan segments=4"), line);
  }

  @Test
  void aFilteredScanAndACountAreSplitToo() throws SQLException {
    List<String> expected = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      for (int s = 0; s < SEQS; s++) if (reading(d, s) > 990) expected.add(String.format("d%03d %d %d", d, s, reading(d, s)));
    }
    Run r = run("SELECT device, seq, reading FROM seg.Readings WHERE reading > 990 ORDER BY device, seq");
    assertEquals(expected, r.rows());
    assertTrue(r.lines().get(0).startsWith("access=SCAN source=seg table=Readings items_read=3000 items_returned="
        + expected.size() + " "), r.lines().toString());
    assertTrue(r.lines().get(0).contains(" operation=Scan segments=4"), r.lines().toString());
    Run count = run("SELECT COUNT(*) FROM seg.Readings");
    assertEquals(List.of("3000"), count.rows());
    assertTrue(count.lines().get(0).endsWith(" operation=Scan segments=4"), count.lines().toString());
  }

  @Test
  void explainShowsTheSegmentsAndALimitedScanIsNotSplit() throws SQLException {
    String plan = String.join("\n", run("EXPLAIN PLAN FOR SELECT device, seq FROM seg.Readings").rows());
    assertTrue(plan.contains("access=SCAN table=Readings") && plan.contains("segments=[4]"), plan);
    // a LIMIT reaching the access asks each call for the rows still wanted: segments would read ahead
    String limited = String.join("\n", run("EXPLAIN PLAN FOR SELECT device FROM seg.Readings LIMIT 5").rows());
    assertFalse(limited.contains("segments="), limited);
    Run r = run("SELECT device FROM seg.Readings LIMIT 5");
    assertEquals(5, r.rows().size());
    assertTrue(r.lines().get(0).startsWith("access=SCAN source=seg table=Readings items_read=5 ")
        && r.lines().get(0).endsWith(" operation=Scan"), r.lines().toString());
  }

  @Test
  void withoutTheOptionASmallTableIsOneSequenceOfPages() throws SQLException {
    // DescribeTable's size of 3,000 small items is far below the 32 MB a segment is given by default
    String plan = String.join("\n", run("EXPLAIN PLAN FOR SELECT device, seq FROM whole.Readings").rows());
    assertFalse(plan.contains("segments="), plan);
    Run r = run("SELECT device, seq FROM whole.Readings");
    assertEquals(3000, new HashSet<>(r.rows()).size());
    assertTrue(r.lines().get(0).endsWith(" operation=Scan"), r.lines().toString());
  }

  @Test
  void closingTheResultSetEarlyStopsEverySegment() throws Exception {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT device, seq FROM seg.Readings")) {
      assertTrue(rs.next());
    }
    // the segments' threads either ended with their segments or were stopped by the close; none is left waiting
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.getName().startsWith("dynasql-scan-Readings-")) continue;
      t.join(60_000); // a bound against hanging the build only, not a timing expectation
      assertFalse(t.isAlive(), t.getName() + " still runs after the result set was closed");
    }
  }

  @Test
  void aSegmentsErrorFailsTheStatementWithTheServicesErrorType() throws Exception {
    MotoTables.create(moto.client(), "Dropped", "id", null);
    MotoTables.write(moto.client(), "Dropped", List.of(Map.of("id", AttributeValue.fromS("a"))));
    try (Statement s = conn.createStatement()) {
      s.execute("ALTER SOURCE seg SET OPTIONS (region 'us-east-1', scan_segments '4')"); // lists the tables again
      assertEquals(List.of("a"), run("SELECT id FROM seg.Dropped WHERE id = 'a'").rows()); // described now
      moto.client().deleteTable(b -> b.tableName("Dropped"));
      SQLException e = assertThrows(SQLException.class, () -> run("SELECT id FROM seg.Dropped"));
      assertEquals("42S02", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("ResourceNotFoundException"), e.getMessage());
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.getName().startsWith("dynasql-scan-Dropped-")) continue;
      t.join(60_000); // a bound against hanging the build only, not a timing expectation
      assertFalse(t.isAlive(), t.getName() + " still runs after its statement failed");
    }
  }

  @Test
  void aBadNumberOfSegmentsIsRefused() throws SQLException {
    try (Statement s = conn.createStatement()) {
      for (String bad : List.of("0", "17", "four")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE SOURCE bad TYPE DYNAMODB OPTIONS (endpoint '"
            + moto.url() + "', region 'us-east-1', scan_segments '" + bad + "')"));
        assertEquals("22023", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("scan_segments") && e.getMessage().contains(bad), e.getMessage());
      }
    }
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
