package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.arrayOf;
import static io.dynasql.jdbc.ResultSetFixtures.column;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Getter conversions and their errors beyond what today's driver is compared on: column ranges
 * (07009), unknown labels (42S22), numbers out of a getter's range (22003, never truncated),
 * JDBC 4.2's java.time classes, the stream getters and ARRAY columns. JDBC:
 * https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ResultSet.html#getObject(int,java.lang.Class)
 */
class JdbcResultSetConversionTest {
  private static final List<ColumnMetaData> COLUMNS = List.of(
      column(0, "Big", sql(SqlTypeName.BIGINT)),
      column(1, "dec", sql(SqlTypeName.DECIMAL, 30, 3)),
      column(2, "txt", sql(SqlTypeName.VARCHAR)),
      column(3, "dbl", sql(SqlTypeName.DOUBLE)),
      column(4, "day", sql(SqlTypeName.DATE)),
      column(5, "tod", sql(SqlTypeName.TIME, 3)),
      column(6, "at", sql(SqlTypeName.TIMESTAMP, 3)),
      column(7, "bin", sql(SqlTypeName.VARBINARY)),
      column(8, "nums", arrayOf(sql(SqlTypeName.BIGINT))),
      column(9, "big", sql(SqlTypeName.VARCHAR)));

  /** 2024-02-29 as days, 13:45:30.250 as milliseconds of the day, and both as a timestamp, as Calcite holds them. */
  private static final int DAY = (int) LocalDate.of(2024, 2, 29).toEpochDay();
  private static final int TIME = (13 * 3600 + 45 * 60 + 30) * 1000 + 250;

  private static JdbcResultSet on(Object... row) throws SQLException {
    JdbcResultSet rs = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), COLUMNS, List.<Object[]>of(row));
    assertTrue(rs.next());
    return rs;
  }

  private static JdbcResultSet sample() throws SQLException {
    return on(2_147_483_648L, new BigDecimal("-2.999"), " 7 ", Double.NaN, DAY, TIME, DAY * 86_400_000L + TIME,
        new ByteString("héllo".getBytes(StandardCharsets.UTF_8)), java.util.Arrays.asList(3L, null, 1L), "second");
  }

  private static SQLException error(String state, Executable call) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals(state, e.getSQLState(), e.getMessage());
    return e;
  }

  @Test
  void aColumnOutOfRangeIs07009AndAnUnknownLabel42S22() throws SQLException {
    try (JdbcResultSet rs = sample()) {
      assertTrue(error("07009", () -> rs.getString(0)).getMessage().contains("1..10"));
      error("07009", () -> rs.getLong(11));
      error("07009", () -> rs.getObject(-1, Long.class));
      assertInstanceOf(SQLSyntaxErrorException.class, error("42S22", () -> rs.getString("nope")));
      error("42S22", () -> rs.findColumn("nope"));
    }
  }

  /** JDBC: labels match ignoring case, and the first of several matching columns is taken. */
  @Test
  void labelsMatchIgnoringCaseFirstColumnFirst() throws SQLException {
    try (JdbcResultSet rs = sample()) {
      assertEquals(1, rs.findColumn("BIG"));
      assertEquals(1, rs.findColumn("big"), "Big comes before big");
      assertEquals(3, rs.findColumn("TXT"));
      assertEquals(2_147_483_648L, rs.getLong("bIg"));
    }
  }

  @Test
  void aNumberBeyondTheGettersRangeIs22003NamingTheColumn() throws SQLException {
    try (JdbcResultSet rs = sample()) {
      SQLException e = error("22003", () -> rs.getInt(1));
      assertInstanceOf(SQLDataException.class, e);
      assertTrue(e.getMessage().contains("Big"), e.getMessage());
      assertEquals(2_147_483_648L, rs.getLong(1));
      error("22003", () -> rs.getObject(1, Integer.class));
      assertEquals(-2, rs.getInt(2), "a fraction is truncated toward zero");
      assertEquals((byte) -2, rs.getByte(2));
      assertEquals(new BigDecimal("-3.00"), rs.getBigDecimal(2, 2), "getBigDecimal(column, scale) rounds half up");
      assertEquals(7, rs.getInt(3), "text that is a number, blanks around it");
      error("22018", () -> rs.getBoolean(3)); // text is a boolean only as true, false, 1 or 0
      assertTrue(Double.isNaN(rs.getDouble(4)));
      assertTrue(Float.isNaN(rs.getFloat(4)));
      error("22003", () -> rs.getLong(4));
      error("22003", () -> rs.getBigDecimal(4));
      assertTrue(error("22018", () -> rs.getLong(10)).getMessage().contains("'second'"));
    }
  }

  @Test
  void theLocalDateAndTimeClassesKeepTheValuesFieldsInAnyTimeZone() throws SQLException {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // a day behind UTC at midnight
    try (JdbcResultSet rs = sample()) {
      assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("day", LocalDate.class));
      assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0), rs.getObject("day", LocalDateTime.class));
      assertEquals(LocalTime.of(13, 45, 30, 250_000_000), rs.getObject("tod", LocalTime.class));
      assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 250_000_000), rs.getObject("at", LocalDateTime.class));
      assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("at", LocalDate.class));
      assertEquals(LocalTime.of(13, 45, 30, 250_000_000), rs.getObject("at", LocalTime.class));
      assertEquals(rs.getString("day"), rs.getObject("day", LocalDate.class).toString());
      error("22018", () -> rs.getObject("day", LocalTime.class));
      error("22018", () -> rs.getObject("txt", LocalDate.class));
      assertEquals(rs.getTimestamp("at"), rs.getObject("at", Timestamp.class));
      assertEquals(rs.getTimestamp("day"), rs.getObject("day", Timestamp.class));
    } finally {
      TimeZone.setDefault(before);
    }
    try (JdbcResultSet rs = on(null, null, null, null, null, null, null, null, null, null)) {
      assertNull(rs.getObject("day", LocalDate.class));
      assertNull(rs.getObject("at", LocalDateTime.class));
      assertNull(rs.getObject("Big", Long.class));
      assertNull(rs.getObject("dbl", Boolean.class));
    }
  }

  @Test
  void getObjectWithoutAClassOrWithATypeMap() throws SQLException {
    try (JdbcResultSet rs = sample()) {
      assertEquals("22023", assertThrows(SQLDataException.class, () -> rs.getObject(1, (Class<?>) null)).getSQLState());
      assertEquals(2_147_483_648L, rs.getObject(1, Map.of("T", String.class)), "no user-defined types: the map never applies");
      assertEquals(2_147_483_648L, rs.getObject("Big", Map.of()));
    }
  }

  @Test
  void streamsReadTheWholeValue() throws SQLException, IOException {
    try (JdbcResultSet rs = sample()) {
      try (Reader r = rs.getCharacterStream("txt")) {
        char[] buf = new char[10];
        assertEquals(" 7 ", new String(buf, 0, r.read(buf)));
      }
      assertArrayEquals(" 7 ".getBytes(StandardCharsets.US_ASCII), rs.getAsciiStream("txt").readAllBytes());
      assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), rs.getBinaryStream("bin").readAllBytes());
      assertEquals(" 7 ", rs.getNString("txt"));
      error("22018", () -> rs.getBinaryStream("txt"));
      error("0A000", () -> rs.getRowId(1));
    }
    try (JdbcResultSet rs = on(null, null, null, null, null, null, null, null, null, null)) {
      assertNull(rs.getCharacterStream("txt"));
      assertNull(rs.getBinaryStream("bin"));
    }
  }

  @Test
  void anArrayColumnIsAJavaSqlArrayOfItsElementType() throws SQLException {
    try (JdbcResultSet rs = sample()) {
      Array a = assertInstanceOf(Array.class, rs.getObject("nums"));
      assertArrayEquals(new Object[] {3L, null, 1L}, (Object[]) a.getArray());
      assertEquals("BIGINT", a.getBaseTypeName());
      assertArrayEquals(new Object[] {3L, null, 1L}, (Object[]) rs.getObject("nums", Array.class).getArray());
      assertTrue(error("22018", () -> rs.getArray("txt")).getMessage().contains("txt"));
      error("22018", () -> rs.getLong("nums"));
    }
  }

  /** A ROW value (Calcite's STRUCT, a list of its fields) reads as a java.sql.Struct of its attributes. */
  @Test
  void aRowColumnIsAStruct() throws SQLException {
    ColumnMetaData.StructType row = ColumnMetaData.struct(List.of(column(0, "n", sql(SqlTypeName.BIGINT)), column(1, "s", sql(SqlTypeName.VARCHAR))));
    ColumnMetaData structColumn = new ColumnMetaData(0, false, true, false, false, java.sql.DatabaseMetaData.columnNullable, true, -1,
        "r", "r", null, 0, 0, null, null, row, true, false, false, row.columnClassName());
    try (JdbcResultSet rs = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), List.of(structColumn),
        List.<Object[]>of(new Object[] {java.util.Arrays.asList(5L, "five")}, new Object[] {null}))) {
      assertTrue(rs.next());
      java.sql.Struct struct = assertInstanceOf(java.sql.Struct.class, rs.getObject(1));
      assertArrayEquals(new Object[] {5L, "five"}, struct.getAttributes());
      assertEquals(java.sql.Types.STRUCT, rs.getMetaData().getColumnType(1));
      error("22018", () -> rs.getLong(1));
      assertTrue(rs.next());
      assertNull(rs.getObject(1));
      assertTrue(rs.wasNull());
    }
  }
}
