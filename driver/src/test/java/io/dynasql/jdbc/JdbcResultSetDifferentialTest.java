package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.arrayOf;
import static io.dynasql.jdbc.ResultSetFixtures.notNull;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference for unchanged behaviour: the same values read through today's driver (a query
 * through {@code jdbc:dynasql:mem:}) and through {@link JdbcResultSet} over rows in Calcite's
 * representation give the same answer, or the same SQLState, for every getter.
 */
class JdbcResultSetDifferentialTest {
  /** A SQL expression, the type Calcite gives it, and the value its Enumerable code produces. */
  record Case(String sql, RelDataType type, Object internal) {}

  private static final long NOON_MILLIS = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000).toInstant(ZoneOffset.UTC).toEpochMilli();

  static final List<Case> CASES = List.of(
      new Case("CAST('héllo ✓' AS VARCHAR)", sql(SqlTypeName.VARCHAR), "héllo ✓"),
      new Case("CAST(' 42 ' AS VARCHAR)", sql(SqlTypeName.VARCHAR), " 42 "),
      new Case("CAST('1' AS VARCHAR)", sql(SqlTypeName.VARCHAR), "1"),
      new Case("CAST('NaN' AS VARCHAR)", sql(SqlTypeName.VARCHAR), "NaN"),
      new Case("CAST('2.5' AS VARCHAR)", sql(SqlTypeName.VARCHAR), "2.5"),
      new Case("CAST(9223372036854775807 AS BIGINT)", sql(SqlTypeName.BIGINT), Long.MAX_VALUE),
      new Case("CAST(-42 AS BIGINT)", sql(SqlTypeName.BIGINT), -42L),
      new Case("CAST(-7 AS TINYINT)", sql(SqlTypeName.TINYINT), (byte) -7),
      new Case("CAST(300 AS SMALLINT)", sql(SqlTypeName.SMALLINT), (short) 300),
      new Case("CAST(-2147483648 AS INTEGER)", sql(SqlTypeName.INTEGER), Integer.MIN_VALUE),
      new Case("CAST(0.1 AS DOUBLE)", sql(SqlTypeName.DOUBLE), 0.1d),
      new Case("CAST(1.25 AS REAL)", sql(SqlTypeName.REAL), 1.25f),
      new Case("CAST(12.75 AS DECIMAL(10, 2))", sql(SqlTypeName.DECIMAL, 10, 2), new BigDecimal("12.75")),
      new Case("CAST(123456789012345678901234567890 AS DECIMAL(38, 0))", sql(SqlTypeName.DECIMAL, 38, 0),
          new BigDecimal("123456789012345678901234567890")),
      new Case("CAST(TRUE AS BOOLEAN)", sql(SqlTypeName.BOOLEAN), true),
      new Case("CAST(X'00FF10' AS VARBINARY)", sql(SqlTypeName.VARBINARY), new ByteString(new byte[] {0, -1, 16})),
      new Case("DATE '2024-02-29'", sql(SqlTypeName.DATE), (int) LocalDate.of(2024, 2, 29).toEpochDay()),
      new Case("DATE '1969-12-31'", sql(SqlTypeName.DATE), -1),
      new Case("TIME '13:45:30'", sql(SqlTypeName.TIME, 0), LocalTime.of(13, 45, 30).toSecondOfDay() * 1000),
      new Case("TIMESTAMP '2024-02-29 13:45:30.123'", sql(SqlTypeName.TIMESTAMP, 3), NOON_MILLIS),
      new Case("ARRAY[CAST(1 AS BIGINT), CAST(-2 AS BIGINT)]", arrayOf(notNull(SqlTypeName.BIGINT)), List.of(1L, -2L)),
      new Case("ARRAY[CAST('x' AS VARCHAR), CAST('y' AS VARCHAR)]", arrayOf(notNull(SqlTypeName.VARCHAR)), List.of("x", "y")),
      new Case("CAST(NULL AS VARCHAR)", sql(SqlTypeName.VARCHAR), null),
      new Case("CAST(NULL AS BIGINT)", sql(SqlTypeName.BIGINT), null),
      new Case("CAST(NULL AS INTEGER)", sql(SqlTypeName.INTEGER), null),
      new Case("CAST(NULL AS DOUBLE)", sql(SqlTypeName.DOUBLE), null),
      new Case("CAST(NULL AS DECIMAL(10, 2))", sql(SqlTypeName.DECIMAL, 10, 2), null),
      new Case("CAST(NULL AS BOOLEAN)", sql(SqlTypeName.BOOLEAN), null),
      new Case("CAST(NULL AS VARBINARY)", sql(SqlTypeName.VARBINARY), null),
      new Case("CAST(NULL AS DATE)", sql(SqlTypeName.DATE), null),
      new Case("CAST(NULL AS TIMESTAMP)", sql(SqlTypeName.TIMESTAMP, 0), null));

  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:resultset-differential");
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  /** The cases' columns, NOT NULL where Calcite found the expression cannot be NULL (which changes the representation: a long, not a Long). */
  private static List<ColumnMetaData> columns(ResultSetMetaData reference) throws SQLException {
    List<ColumnMetaData> columns = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      boolean nullable = reference.isNullable(i + 1) != ResultSetMetaData.columnNoNulls;
      RelDataType type = ResultSetFixtures.TYPES.createTypeWithNullability(CASES.get(i).type(), nullable);
      columns.add(ResultSetFixtures.column(i, "c" + (i + 1), type));
    }
    return columns;
  }

  /** Our errors name the column, which Calcite's do not. */
  private static void assertNamesColumn(ResultSetProbes.Probe probe, ResultSet rs, int column) {
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> probe.get(rs, column));
    assertTrue(e.getMessage().contains("c" + column), e.getMessage());
  }

  @Test
  void calciteRepresentsEachTypeAsTheseRowsDo() {
    for (Case c : CASES) {
      if (c.internal() == null || c.type().getComponentType() != null) continue;
      Class<?> javaClass = (Class<?>) ResultSetFixtures.TYPES.getJavaClass(c.type());
      assertEquals(javaClass, c.internal().getClass(), c.sql());
    }
    assertEquals(List.class, ResultSetFixtures.TYPES.getJavaClass(arrayOf(sql(SqlTypeName.BIGINT))));
  }

  @Test
  void everyGetterAnswersAsTodaysDriverDoes() throws SQLException {
    Object[] row = new Object[CASES.size()];
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < CASES.size(); i++) {
      select.append(i == 0 ? "" : ", ").append(CASES.get(i).sql()).append(" AS c").append(i + 1);
      row[i] = CASES.get(i).internal();
    }
    List<String> differences = new ArrayList<>();
    int compared = 0;
    try (Statement st = conn.createStatement(); ResultSet reference = st.executeQuery(select.toString());
        JdbcResultSet ours = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), columns(reference.getMetaData()), List.<Object[]>of(row))) {
      assertTrue(reference.next());
      assertTrue(ours.next());
      ResultSetMetaData refMeta = reference.getMetaData();
      for (int i = 1; i <= CASES.size(); i++) {
        String what = CASES.get(i - 1).sql();
        assertEquals(refMeta.getColumnType(i), ours.getMetaData().getColumnType(i), what);
        assertEquals(refMeta.getColumnTypeName(i), ours.getMetaData().getColumnTypeName(i), what);
        differences.addAll(JdbcResultSetMetaDataTest.differences(what, refMeta, ours.getMetaData(), i));
        for (Map.Entry<String, ResultSetProbes.Probe> g : ResultSetProbes.GETTERS.entrySet()) {
          String expected = ResultSetProbes.outcome(g.getValue(), reference, i);
          String actual = ResultSetProbes.outcome(g.getValue(), ours, i);
          compared++;
          if (!expected.equals(actual)) differences.add(what + " " + g.getKey() + ": today " + expected + ", ours " + actual);
          if (actual.startsWith("error")) assertNamesColumn(g.getValue(), ours, i);
        }
      }
    }
    assertEquals(CASES.size() * ResultSetProbes.GETTERS.size(), compared);
    assertTrue(differences.isEmpty(), differences.size() + " of " + compared + " differ:\n" + String.join("\n", differences));
  }

  /**
   * Array.getResultSet: one row per element, INDEX from 1 and VALUE, as JDBC describes it
   * (https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/Array.html#getResultSet()).
   * Not compared with today's driver, whose array result set carries the query's metadata and
   * cannot read its rows.
   */
  @Test
  void anArraysRowsAreItsIndexesAndValues() throws SQLException {
    RelDataType type = arrayOf(notNull(SqlTypeName.VARCHAR));
    List<Object[]> rows = List.<Object[]>of(new Object[] {List.of("x", "y", "z")});
    try (JdbcResultSet ours = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), List.of(ResultSetFixtures.column(0, "a", type)), rows)) {
      assertTrue(ours.next());
      assertEquals(List.of("1=x", "2=y", "3=z"), elementRows(ours.getArray(1).getResultSet()));
      ResultSet elements = ours.getArray(1).getResultSet();
      assertTrue(elements instanceof JdbcResultSet);
      assertEquals("INDEX", elements.getMetaData().getColumnLabel(1));
      assertEquals(java.sql.Types.INTEGER, elements.getMetaData().getColumnType(1));
      assertEquals("VALUE", elements.getMetaData().getColumnLabel(2));
      assertEquals(java.sql.Types.VARCHAR, elements.getMetaData().getColumnType(2));
      assertTrue(elements.next());
      assertEquals("x", elements.getString("value"));
      assertEquals(1L, elements.getObject("index", Long.class));
    }
  }

  private static List<String> elementRows(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) out.add(rs.getInt(1) + "=" + rs.getString(2));
    return out;
  }
}
