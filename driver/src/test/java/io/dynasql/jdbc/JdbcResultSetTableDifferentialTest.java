package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * A stored row of every column type, sets included, read through today's driver and through
 * {@link JdbcResultSet} over the same values as the table's Enumerable gives them: every getter
 * answers alike. The columns are described from today's metadata, their representation from the
 * Java class Calcite gives each type.
 */
class JdbcResultSetTableDifferentialTest {
  private static final String TABLE = "CREATE TABLE typed_rows (pk VARCHAR, sk BIGINT, vc VARCHAR, dc DECIMAL, bi BIGINT,"
      + " ii INTEGER, si SMALLINT, ti TINYINT, db DOUBLE, rl REAL, bo BOOLEAN, vb VARBINARY, sa VARCHAR ARRAY,"
      + " na DECIMAL ARRAY, ba VARBINARY ARRAY, nb BIGINT ARRAY, js JSON, PRIMARY KEY (pk, sk))";
  private static final String ROW = "INSERT INTO typed_rows (pk, sk, vc, dc, bi, ii, si, ti, db, rl, bo, vb, sa, na, ba, nb, js)"
      + " VALUES ('row', 1, 'héllo', 12.5, 5000000000, -3, 7, -2, 0.5, 1.25, TRUE, X'0102', ARRAY['x', 'y'], ARRAY[1.5, 2],"
      + " ARRAY[X'0102', X'0304'], ARRAY[3, 4], '{\"a\":1}')";
  /** The row as the table's Enumerable gives it: sets as lists of their element type, binary as ByteString. */
  private static final Object[] VALUES = {"row", 1L, "héllo", new BigDecimal("12.5"), 5_000_000_000L, -3, (short) 7, (byte) -2,
      0.5d, 1.25f, true, new ByteString(new byte[] {1, 2}), List.of("x", "y"), List.of(new BigDecimal("1.5"), new BigDecimal("2")),
      List.of(new ByteString(new byte[] {1, 2}), new ByteString(new byte[] {3, 4})), List.of(3L, 4L), "{\"a\":1}"};

  @Test
  void everyGetterOfAStoredRowAnswersAsTodaysDriverDoes() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:resultset-table"); Statement st = c.createStatement()) {
      st.execute(TABLE);
      st.execute(ROW);
      String select = "SELECT pk, sk, vc, dc, bi, ii, si, ti, db, rl, bo, vb, sa, na, ba, nb, js FROM typed_rows";
      List<String> differences = new ArrayList<>();
      try (ResultSet reference = st.executeQuery(select);
          JdbcResultSet ours = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), columns(reference.getMetaData()), List.<Object[]>of(VALUES))) {
        assertTrue(reference.next());
        assertTrue(ours.next());
        assertEquals(VALUES.length, reference.getMetaData().getColumnCount());
        assertEquals(List.of(3L, 4L), List.of((Object[]) ours.getArray("nb").getArray()));
        for (int i = 1; i <= VALUES.length; i++) {
          for (Map.Entry<String, ResultSetProbes.Probe> g : ResultSetProbes.GETTERS.entrySet()) {
            String expected = ResultSetProbes.outcome(g.getValue(), reference, i);
            String actual = ResultSetProbes.outcome(g.getValue(), ours, i);
            if (!expected.equals(actual)) {
              differences.add(reference.getMetaData().getColumnLabel(i) + " " + g.getKey() + ": today " + expected + ", ours " + actual);
            }
          }
        }
      }
      assertTrue(differences.isEmpty(), String.join("\n", differences));
    }
  }

  /** Today's column descriptions, each with the representation Calcite gives its type (a set's elements nullable). */
  private static List<ColumnMetaData> columns(ResultSetMetaData m) throws SQLException {
    List<ColumnMetaData> out = new ArrayList<>();
    for (int i = 1; i <= m.getColumnCount(); i++) {
      boolean nullable = m.isNullable(i) != ResultSetMetaData.columnNoNulls;
      ColumnMetaData.AvaticaType type = m.getColumnType(i) == Types.ARRAY
          ? array(m.getColumnTypeName(i)) : scalar(m.getColumnTypeName(i), nullable);
      out.add(new ColumnMetaData(i - 1, m.isAutoIncrement(i), m.isCaseSensitive(i), m.isSearchable(i), m.isCurrency(i),
          m.isNullable(i), m.isSigned(i), m.getColumnDisplaySize(i), m.getColumnLabel(i), m.getColumnName(i), m.getSchemaName(i),
          m.getPrecision(i), m.getScale(i), m.getTableName(i), m.getCatalogName(i), type, m.isReadOnly(i), m.isWritable(i),
          m.isDefinitelyWritable(i), m.getColumnClassName(i)));
    }
    return out;
  }

  private static ColumnMetaData.AvaticaType scalar(String typeName, boolean nullable) {
    String name = typeName.replaceAll("\\(.*", "");
    return ResultSetFixtures.avaticaType(ResultSetFixtures.TYPES.createTypeWithNullability(
        ResultSetFixtures.TYPES.createSqlType(SqlTypeName.valueOf(name)), nullable));
  }

  /** "VARCHAR ARRAY", "DECIMAL(38, 0) ARRAY": an array of nullable elements of that type. */
  private static ColumnMetaData.AvaticaType array(String typeName) {
    ColumnMetaData.AvaticaType element = scalar(typeName.substring(0, typeName.length() - " ARRAY".length()), true);
    ColumnMetaData.AvaticaType built = ResultSetFixtures.avaticaType(ResultSetFixtures.arrayOf(
        ResultSetFixtures.TYPES.createTypeWithNullability(ResultSetFixtures.TYPES.createSqlType(SqlTypeName.valueOf(element.name)), true)));
    return ColumnMetaData.array(element, typeName, built.rep);
  }
}
