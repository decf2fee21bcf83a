package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers with trailing zeros before the point (stored as 1E+2 by the engine) read as plain
 * digits: sqlline, SchemaCrawler and DBeaver print getString / BigDecimal.toString.
 */
class DecimalTextTest {
  @Test
  void integralDecimalsReadWithoutExponent() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:decimaltext"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE prices (k VARCHAR PRIMARY KEY, price DECIMAL(10, 2), amounts DECIMAL ARRAY)");
      st.execute("INSERT INTO prices (k, price) VALUES ('a', 100.00)");
      c.unwrap(DynasqlConnection.class).database().putItem(PutItemRequest.of("prices",
          Map.of("k", AttributeValue.s("b"), "amounts", AttributeValue.ns("1200", "3"))));
      try (ResultSet rs = st.executeQuery("SELECT price FROM prices WHERE k = 'a'")) {
        rs.next();
        assertEquals("100", rs.getString(1));
        assertEquals("100", rs.getBigDecimal(1).toString());
      }
      try (ResultSet rs = st.executeQuery("SELECT amounts FROM prices WHERE k = 'b'")) {
        rs.next();
        assertEquals(List.of("1200", "3"), Arrays.stream((Object[]) rs.getArray(1).getArray()).map(String::valueOf).toList());
      }
    }
  }
}
