package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ARRAY columns read back through getArray as their element type: Long for BIGINT, BigDecimal for DECIMAL, String for VARCHAR. */
class ArrayReadTest {
  @Test
  void setsReadAsArraysOfTheElementType() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:array-read"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE arrs (id VARCHAR PRIMARY KEY, ints BIGINT ARRAY, decs DECIMAL ARRAY, tags VARCHAR ARRAY)");
      st.execute("INSERT INTO arrs VALUES ('a', ARRAY[3, 1, 2], ARRAY[1.5, 2.25], ARRAY['x', 'y'])");
      try (ResultSet rs = st.executeQuery("SELECT ints, decs, tags FROM arrs WHERE id = 'a'")) {
        assertTrue(rs.next());
        Object[] ints = (Object[]) rs.getArray(1).getArray();
        List<Long> longs = Arrays.stream(ints).map(Long.class::cast).sorted().toList();
        assertEquals(List.of(1L, 2L, 3L), longs);
        Object[] decs = (Object[]) rs.getArray(2).getArray();
        assertEquals(2, decs.length);
        assertTrue(decs[0] instanceof BigDecimal, decs[0].getClass().getName());
        Object[] tags = (Object[]) rs.getArray(3).getArray();
        assertArrayEquals(new Object[] {"x", "y"}, Arrays.stream(tags).sorted().toArray());
      }
      // a number set holding a fraction under a BIGINT ARRAY does not fit: an error naming it, not a silent value
      c.unwrap(DynasqlConnection.class).database().putItem(PutItemRequest.of("arrs", Map.of("id", AttributeValue.s("b"),
          "ints", new AttributeValue.NS(new LinkedHashSet<>(List.of(new BigDecimal("2.5")))))));
      SQLException e = assertThrows(SQLException.class, () -> {
        try (ResultSet rs = st.executeQuery("SELECT ints FROM arrs WHERE id = 'b'")) {
          rs.next();
          rs.getArray(1);
        }
      });
      assertEquals("22018", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("ints"), e.getMessage());
    }
  }
}
