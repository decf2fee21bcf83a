package io.dynasql.tck.cancel;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.jdbc.DynasqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link FirstStatementTimeoutTest}: the first query the JVM plans is a
 * three-way join under a 1 s query timeout. Prints {@code STOPPED <ms after execute> <SQLState>},
 * or {@code FINISHED <ms>} if it was not stopped.
 */
public final class FirstStatementProbe {
  private FirstStatementProbe() {}

  public static void main(String[] args) throws Exception {
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:first-statement;scan=allow")) {
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE first_t (id BIGINT PRIMARY KEY, g BIGINT, v BIGINT)");
      }
      var db = conn.unwrap(DynasqlConnection.class).database();
      for (int i = 0; i < 3_000; i++) {
        db.putItem(PutItemRequest.of("first_t", Map.of("id", AttributeValue.n(i), "g", AttributeValue.n(0), "v", AttributeValue.n(i % 7))));
      }
      try (Statement st = conn.createStatement()) {
        st.setQueryTimeout(1);
        long start = System.nanoTime();
        try (ResultSet rs = st.executeQuery("SELECT a.v, COUNT(*) FROM first_t a JOIN first_t b ON a.g = b.g "
            + "JOIN first_t c ON b.g = c.g WHERE a.v + b.v + c.v > 100 AND a.id - c.id > b.id GROUP BY a.v ORDER BY a.v")) {
          while (rs.next()) {
            // read everything
          }
          System.out.println("FINISHED " + (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
          System.out.println("STOPPED " + (System.nanoTime() - start) / 1_000_000 + " " + e.getSQLState());
        }
      }
    }
  }
}
