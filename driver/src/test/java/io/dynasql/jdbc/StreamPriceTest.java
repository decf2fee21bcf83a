package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.AccessKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access=STREAM line is priced at the connection's streams read price, not the table read
 * price: DynamoDB bills each GetRecords call as one streams read request unit, apart from the
 * table's read request units, at $0.02 per 100,000 in us-east-1
 * (https://aws.amazon.com/dynamodb/pricing/on-demand/, "DynamoDB Streams";
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CostOptimization_StreamsUsage.html).
 */
class StreamPriceTest {
  private static final String READ = "SELECT event_name FROM TABLE(dynasql_stream('orders', 'TRIM_HORIZON'))";

  @Test
  void theDefaultIsDynamoDbStreamsPriceInUsEast1() throws SQLException {
    AccessLine line = streamLine("jdbc:dynasql:mem:stream-price-default");
    assertEquals(line.record().readUnits() * 0.20 / 1e6, line.costUsd(), 1e-12, line.toString());
  }

  @Test
  void theStreamPriceIsItsOwnSettingAndTheReadPriceDoesNotTouchIt() throws SQLException {
    AccessLine line = streamLine("jdbc:dynasql:mem:stream-price-set;streamReadUnitPrice=3;readUnitPrice=1000");
    assertEquals(line.record().readUnits() * 3 / 1e6, line.costUsd(), 1e-12, line.toString());
    assertTrue(line.toString().contains(String.format(java.util.Locale.ROOT, "cost_usd=%.8f", line.costUsd())), line.toString());
  }

  @Test
  void aTableReadIsStillPricedAtTheReadPrice() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:stream-price-table;streamReadUnitPrice=3;readUnitPrice=1000");
         Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR) WITH (stream = 'NEW_IMAGE')");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW')");
      try (ResultSet rs = st.executeQuery("SELECT status FROM orders WHERE id = 'o1'")) {
        rs.next();
      }
      AccessLine get = st.unwrap(DynasqlStatement.class).accessLines().get(0);
      assertEquals(AccessKind.GET, get.record().kind());
      assertEquals(get.record().readUnits() * 1000 / 1e6, get.costUsd(), 1e-12, get.toString());
    }
  }

  @Test
  void aNegativeStreamPriceIsRefusedNamingTheProperty() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:dynasql:mem:stream-price-bad;streamReadUnitPrice=-1"));
    assertTrue(e.getMessage().contains("streamReadUnitPrice"), e.getMessage());
  }

  private static AccessLine streamLine(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR) WITH (stream = 'NEW_IMAGE')");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW')");
      try (ResultSet rs = st.executeQuery(READ)) {
        while (rs.next()) { /* read every record */ }
      }
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      AccessLine line = lines.get(0);
      assertEquals(AccessKind.STREAM, line.record().kind());
      assertTrue(line.record().readUnits() >= 4, "one unit per GetRecords call, at least one per shard: " + line);
      return line;
    }
  }
}
