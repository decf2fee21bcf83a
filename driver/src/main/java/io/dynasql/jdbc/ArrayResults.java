package io.dynasql.jdbc;

import java.sql.Array;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.AbstractCursor;
import org.apache.calcite.avatica.util.ArrayImpl;
import org.apache.calcite.avatica.util.Cursor;
import org.apache.calcite.avatica.util.ListIteratorCursor;

/**
 * Makes the {@code java.sql.Array} of an ARRAY column and, for {@code Array.getResultSet()},
 * a {@link JdbcResultSet} of its elements: one row per element, INDEX (from 1) and VALUE, as
 * JDBC describes it. The rows are in memory, under the lock of the result set they came from.
 */
final class ArrayResults implements ArrayImpl.Factory {
  private static final ColumnMetaData.ScalarType INDEX =
      ColumnMetaData.scalar(Types.INTEGER, "INTEGER", ColumnMetaData.Rep.PRIMITIVE_INT);

  private final Object lock;

  ArrayResults(Object lock) {
    this.lock = lock;
  }

  @Override
  public ResultSet create(ColumnMetaData.AvaticaType elementType, Iterable<Object> elements) throws SQLException {
    List<ColumnMetaData> columns = List.of(column(0, "INDEX", INDEX, false), column(1, "VALUE", elementType, true));
    List<Object[]> rows = new ArrayList<>();
    int index = 1;
    for (Object e : elements) rows.add(new Object[] {index++, e});
    return JdbcResultSet.of(ResultSetHost.detached(lock), columns, rows);
  }

  @Override
  public Array createArray(ColumnMetaData.AvaticaType elementType, Iterable<Object> elements) {
    List<Object> list = new ArrayList<>();
    elements.forEach(list::add);
    ColumnMetaData.ArrayType type = ColumnMetaData.array(elementType, elementType.name, ColumnMetaData.Rep.ARRAY);
    // The accessor of a one-row, one-column cursor holding the list converts its elements as a column would.
    List<List<Object>> rows = List.of(java.util.Collections.singletonList(list));
    try (ListIteratorCursor cursor = new ListIteratorCursor(rows.iterator())) {
      Calendar utc = Calendar.getInstance(ColumnReader.ZONE, Locale.ROOT);
      Cursor.Accessor accessor = cursor.createAccessors(List.of(column(0, "VALUE", type, true)), utc, this).get(0);
      return new ArrayImpl(list, (AbstractCursor.ArrayAccessor) accessor);
    }
  }

  /** A read-only column of {@code type} named {@code label}. */
  static ColumnMetaData column(int ordinal, String label, ColumnMetaData.AvaticaType type, boolean nullable) {
    return new ColumnMetaData(ordinal, false, true, false, false,
        nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, true, -1, label, label,
        null, 0, 0, null, null, type, true, false, false, type.columnClassName());
  }
}
