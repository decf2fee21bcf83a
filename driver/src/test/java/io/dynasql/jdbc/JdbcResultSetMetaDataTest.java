package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * ResultSetMetaData over Calcite's column descriptions: every method, the column range (07009),
 * and "" for a name that does not apply. JDBC:
 * https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ResultSetMetaData.html
 */
class JdbcResultSetMetaDataTest {
  /** One ResultSetMetaData method on one column. */
  @FunctionalInterface
  interface MetaProbe {
    Object get(ResultSetMetaData m, int column) throws SQLException;
  }

  static final Map<String, MetaProbe> METHODS = new LinkedHashMap<>();

  static {
    METHODS.put("isAutoIncrement", ResultSetMetaData::isAutoIncrement);
    METHODS.put("isCaseSensitive", ResultSetMetaData::isCaseSensitive);
    METHODS.put("isSearchable", ResultSetMetaData::isSearchable);
    METHODS.put("isCurrency", ResultSetMetaData::isCurrency);
    METHODS.put("isNullable", ResultSetMetaData::isNullable);
    METHODS.put("isSigned", ResultSetMetaData::isSigned);
    METHODS.put("getColumnDisplaySize", ResultSetMetaData::getColumnDisplaySize);
    METHODS.put("getColumnLabel", ResultSetMetaData::getColumnLabel);
    METHODS.put("getColumnName", ResultSetMetaData::getColumnName);
    METHODS.put("getSchemaName", ResultSetMetaData::getSchemaName);
    METHODS.put("getPrecision", ResultSetMetaData::getPrecision);
    METHODS.put("getScale", ResultSetMetaData::getScale);
    METHODS.put("getTableName", ResultSetMetaData::getTableName);
    METHODS.put("getCatalogName", ResultSetMetaData::getCatalogName);
    METHODS.put("getColumnType", ResultSetMetaData::getColumnType);
    METHODS.put("getColumnTypeName", ResultSetMetaData::getColumnTypeName);
    METHODS.put("isReadOnly", ResultSetMetaData::isReadOnly);
    METHODS.put("isWritable", ResultSetMetaData::isWritable);
    METHODS.put("isDefinitelyWritable", ResultSetMetaData::isDefinitelyWritable);
    METHODS.put("getColumnClassName", ResultSetMetaData::getColumnClassName);
  }

  /**
   * Where {@code ours} answers otherwise than today's driver for {@code column}. Today's null for
   * a schema, table or catalog that does not apply counts as JDBC's "", which we answer.
   */
  static List<String> differences(String what, ResultSetMetaData today, ResultSetMetaData ours, int column) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, MetaProbe> m : METHODS.entrySet()) {
      Object expected = m.getValue().get(today, column);
      if (expected == null && m.getKey().matches("get(Schema|Table|Catalog)Name")) expected = "";
      Object actual = m.getValue().get(ours, column);
      if (!Objects.equals(expected, actual)) out.add(what + " metadata " + m.getKey() + ": today " + expected + ", ours " + actual);
    }
    return out;
  }

  private static JdbcResultSetMetaData meta() {
    ColumnMetaData named = new ColumnMetaData(0, false, true, true, false, ResultSetMetaData.columnNoNulls, true, 10, "total",
        "amount", "dynasql", 10, 2, "orders", "cat", ColumnMetaData.scalar(Types.DECIMAL, "DECIMAL", ColumnMetaData.Rep.NUMBER),
        true, false, false, BigDecimal.class.getName());
    return new JdbcResultSetMetaData(List.of(named, ResultSetFixtures.column(1, "n", sql(SqlTypeName.BIGINT))));
  }

  @Test
  void everyMethodAnswersFromTheColumn() throws SQLException {
    JdbcResultSetMetaData m = meta();
    assertEquals(2, m.getColumnCount());
    assertFalse(m.isAutoIncrement(1));
    assertTrue(m.isCaseSensitive(1));
    assertTrue(m.isSearchable(1));
    assertFalse(m.isCurrency(1));
    assertEquals(ResultSetMetaData.columnNoNulls, m.isNullable(1));
    assertEquals(ResultSetMetaData.columnNullable, m.isNullable(2));
    assertTrue(m.isSigned(1));
    assertEquals(10, m.getColumnDisplaySize(1));
    assertEquals("total", m.getColumnLabel(1));
    assertEquals("amount", m.getColumnName(1));
    assertEquals("n", m.getColumnName(2), "a computed column's name is its label, as Avatica fills it");
    assertEquals("dynasql", m.getSchemaName(1));
    assertEquals(10, m.getPrecision(1));
    assertEquals(2, m.getScale(1));
    assertEquals("orders", m.getTableName(1));
    assertEquals("cat", m.getCatalogName(1));
    assertEquals(Types.DECIMAL, m.getColumnType(1));
    assertEquals("DECIMAL", m.getColumnTypeName(1));
    assertTrue(m.isReadOnly(1));
    assertFalse(m.isWritable(1));
    assertFalse(m.isDefinitelyWritable(1));
    assertEquals("java.math.BigDecimal", m.getColumnClassName(1));
    assertEquals("java.lang.Long", m.getColumnClassName(2));
  }

  @Test
  void aNameThatDoesNotApplyIsEmpty() throws SQLException {
    JdbcResultSetMetaData m = meta();
    assertEquals("", m.getSchemaName(2));
    assertEquals("", m.getTableName(2));
    assertEquals("", m.getCatalogName(2));
  }

  @Test
  void aColumnOutOfRangeIs07009() {
    JdbcResultSetMetaData m = meta();
    for (int bad : new int[] {0, 3, -1}) {
      for (Map.Entry<String, MetaProbe> probe : METHODS.entrySet()) {
        SQLException e = assertThrows(SQLException.class, () -> probe.getValue().get(m, bad), probe.getKey());
        assertEquals("07009", e.getSQLState(), probe.getKey());
        assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
      }
    }
  }

  @Test
  void itUnwrapsToItselfOnly() throws SQLException {
    JdbcResultSetMetaData m = meta();
    assertSame(m, m.unwrap(ResultSetMetaData.class));
    assertTrue(m.isWrapperFor(ResultSetMetaData.class));
    assertFalse(m.isWrapperFor(String.class));
    assertEquals("HY000", assertThrows(SQLException.class, () -> m.unwrap(String.class)).getSQLState());
  }
}
