package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.time.SimulatedClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN's suggested view weighed by the table's observed rates, on a simulated clock: the same
 * table and rollup, first written more than it is rolled up (the view would not pay), then rolled
 * up often (it would). Prices: DynamoDB on-demand in us-east-1
 * (https://aws.amazon.com/dynamodb/pricing/on-demand/), the connection's defaults; a view keeps
 * the aggregate AWS's way (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-gsi-aggregation.html).
 */
class ViewSuggestionRatesTest {
  private static final String ROLLUP = "SELECT status, COUNT(*), SUM(total) FROM orders GROUP BY status";

  @Test
  void observedRatesFlipTheSignOfTheNet() throws SQLException {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      Databases.share("view-rates", db);
      try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:view-rates;scan=allow"); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR, total DECIMAL(10, 2), note VARCHAR)");
        String note = "n".repeat(1000); // ~1 KB items: a scan of 200 reads ~25 units, the view's 3 groups 0.5
        for (int i = 0; i < 200; i++) {
          st.executeUpdate("INSERT INTO orders VALUES ('o" + i + "', 'S" + (i % 3) + "', " + i + ", '" + note + "')");
        }
        String fresh = suggestion(st);
        assertTrue(fresh.contains("; not yet weighed by observed rates (200 writes, 0 full scans in 0 s observed)"), fresh);
        for (int i = 0; i < 5; i++) run(st);
        clock.advance(Duration.ofHours(1));
        String writeHeavy = suggestion(st);
        assertTrue(writeHeavy.contains("at observed rates (200 writes/h, 5 full scans/h over the last 1 h)"), writeHeavy);
        assertTrue(writeHeavy.matches("(?s).*net -\\$[0-9.]+/month.*"), writeHeavy);
        for (int i = 0; i < 105; i++) run(st);
        clock.advance(Duration.ofHours(1));
        String readHeavy = suggestion(st);
        assertTrue(readHeavy.contains("at observed rates (100 writes/h, 55 full scans/h over the last 2 h)"), readHeavy);
        assertTrue(readHeavy.matches("(?s).*net \\+\\$[0-9.]+/month.*"), readHeavy);
      } finally {
        Databases.unshare("view-rates");
      }
    }
  }

  private static void run(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery(ROLLUP)) {
      while (rs.next()) {
        // read to the end: the rollup's scan runs whole
      }
    }
  }

  private static String suggestion(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + ROLLUP)) {
      rs.next();
      String plan = rs.getString(1);
      int at = plan.indexOf("suggest: ");
      assertTrue(at >= 0, plan);
      return plan.substring(at);
    }
  }
}
