package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A number is stored only if its column's declared type holds it unchanged: whole numbers in
 * range for the integer types, at most s fraction digits and p - s whole digits for DECIMAL(p, s).
 * Anything else is refused with 22003 naming the table and column, by literal, parameter,
 * INSERT ... SELECT or UPDATE, and the table is left as it was.
 */
class ColumnRangeTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:column-range;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE ranges (pk VARCHAR PRIMARY KEY, big BIGINT, i INTEGER, small SMALLINT, tiny TINYINT, "
        + "price DECIMAL(5, 2), note VARCHAR)");
    st.execute("INSERT INTO ranges (pk, big, price) VALUES ('a', 1, 1.5)");
    st.execute("CREATE TABLE source (pk VARCHAR PRIMARY KEY, d DECIMAL(38, 10))");
    st.execute("INSERT INTO source VALUES ('x', 3.7)");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE ranges");
    st.execute("DROP TABLE source");
    conn.close();
  }

  @Test
  void literalsThatDoNotFitAreRefused() throws SQLException {
    refused("big", "INSERT INTO ranges (pk, big) VALUES ('b', 3.7)");
    refused("big", "INSERT INTO ranges (pk, big) VALUES ('b', 9223372036854775808)");
    refused("big", "INSERT INTO ranges (pk, big) VALUES ('b', -9223372036854775809)");
    refused("i", "INSERT INTO ranges (pk, i) VALUES ('b', 2147483648)");
    refused("small", "INSERT INTO ranges (pk, small) VALUES ('b', 32768)");
    refused("tiny", "INSERT INTO ranges (pk, tiny) VALUES ('b', -129)");
    refused("price", "INSERT INTO ranges (pk, price) VALUES ('b', 1.234)");
    refused("price", "INSERT INTO ranges (pk, price) VALUES ('b', 1234.5)");
    refused("big", "UPDATE ranges SET big = 3.7 WHERE pk = 'a'");
    refused("big", "UPDATE ranges SET big = big + 0.5 WHERE pk = 'a'");
    refused("price", "UPDATE ranges SET price = price / 7 WHERE pk = 'a'");
    refused("big", "UPSERT INTO ranges (pk, big) VALUES ('a', 12.5)");
    assertEquals(List.of("a|1|null|null|null|1.5"), rows());
  }

  @Test
  void insertSelectIsCheckedToo() throws SQLException {
    refused("big", "INSERT INTO ranges (pk, big) SELECT pk, d FROM source");
    assertEquals(List.of("a|1|null|null|null|1.5"), rows());
  }

  @Test
  void parametersThatDoNotFitAreRefused() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ranges (pk, big, i) VALUES (?, ?, ?)")) {
      Object[][] bad = {{new BigDecimal("12.5"), 1}, {new BigDecimal("9223372036854775808"), 1}, {3.7d, 1},
          {1, 2147483648L}, {1, new BigDecimal("0.5")}};
      for (Object[] b : bad) {
        ps.setString(1, "b");
        ps.setObject(2, b[0]);
        ps.setObject(3, b[1]);
        SQLException e = assertThrows(SQLException.class, ps::executeUpdate, b[0] + ", " + b[1]);
        assertEquals("22003", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("ranges"), e.getMessage());
      }
    }
    assertEquals(List.of("a|1|null|null|null|1.5"), rows());
  }

  /** A batch's bound longs are checked as longs (no BigDecimal): each type's edges fit, one past them fails alone. */
  @Test
  void batchRowsOfLongsAreCheckedAtEachTypesEdges() throws SQLException {
    long[][] rows = { // i, small, tiny
        {Integer.MAX_VALUE, Short.MAX_VALUE, Byte.MAX_VALUE}, {Integer.MIN_VALUE, Short.MIN_VALUE, Byte.MIN_VALUE},
        {Integer.MAX_VALUE + 1L, 0, 0}, {0, Short.MIN_VALUE - 1, 0}, {0, 0, Byte.MAX_VALUE + 1}, {0, 0, Byte.MIN_VALUE - 1}};
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ranges (pk, big, i, small, tiny) VALUES (?, ?, ?, ?, ?)")) {
      for (int r = 0; r < rows.length; r++) {
        ps.setString(1, "r" + r);
        ps.setLong(2, Long.MAX_VALUE - r); // 19 digits: checked as a BigDecimal, and fits
        for (int c = 0; c < 3; c++) ps.setLong(3 + c, rows[r][c]);
        ps.addBatch();
      }
      java.sql.BatchUpdateException e = assertThrows(java.sql.BatchUpdateException.class, ps::executeBatch);
      assertEquals("22003", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("column i ") && e.getMessage().contains("(-2147483648 to 2147483647)"), e.getMessage());
      int failed = Statement.EXECUTE_FAILED;
      org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 1, failed, failed, failed, failed}, e.getUpdateCounts());
    }
    assertEquals(List.of("a|1|null|null|null|1.5", "r0|9223372036854775807|2147483647|32767|127|null",
        "r1|9223372036854775806|-2147483648|-32768|-128|null"), rows());
  }

  @Test
  void valuesThatFitAreStoredExactly() throws SQLException {
    st.execute("INSERT INTO ranges (pk, big, i, small, tiny, price) VALUES "
        + "('b', 9223372036854775807, -2147483648, 32767, -128, 999.99), ('c', 4.0, 2.00, 1, 1, 12.50)");
    try (PreparedStatement ps = conn.prepareStatement("UPDATE ranges SET big = ? WHERE pk = 'a'")) {
      ps.setBigDecimal(1, new BigDecimal("1.000"));
      assertEquals(1, ps.executeUpdate());
    }
    assertEquals(List.of("a|1|null|null|null|1.5", "b|9223372036854775807|-2147483648|32767|-128|999.99",
        "c|4|2|1|1|12.5"), rows());
  }

  private void refused(String column, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
    assertEquals("22003", e.getSQLState(), sql + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("column " + column + " ") && e.getMessage().contains("table ranges"),
        sql + ": " + e.getMessage());
  }

  private List<String> rows() throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT pk, big, i, small, tiny, price FROM ranges ORDER BY pk")) {
      while (rs.next()) {
        StringBuilder b = new StringBuilder(rs.getString(1));
        for (int c = 2; c <= 6; c++) b.append('|').append(rs.getObject(c));
        out.add(b.toString());
      }
    }
    return out;
  }
}
