package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The parameters bound to a prepared INSERT / UPDATE / DELETE (which dynasql runs itself, not
 * through Calcite) and its batch.
 */
final class Bound {
  private final TreeMap<Integer, Object> values = new TreeMap<>();
  private final List<List<Object>> batch = new ArrayList<>();

  /** Binds parameter {@code index} to {@code value}; a Java object SQL has no value for is 22018. */
  void set(int index, Object value) throws java.sql.SQLException {
    if (!io.dynasql.calcite.JavaKinds.known(value)) {
      throw new java.sql.SQLDataException("Parameter " + index + ": a value of Java type "
          + io.dynasql.calcite.JavaKinds.name(value) + " has no SQL value (bind its contents instead)", SqlState.INVALID_CHARACTER_VALUE.code());
    }
    values.put(index, value);
  }

  void clear() {
    values.clear();
  }

  /** The bound values in parameter order (1..n). */
  List<Object> row() {
    List<Object> out = new ArrayList<>();
    for (int i = 1; i <= (values.isEmpty() ? 0 : values.lastKey()); i++) out.add(values.get(i));
    return out;
  }

  void addRow() {
    batch.add(row());
  }

  List<List<Object>> batch() {
    return new ArrayList<>(batch);
  }

  void clearBatch() {
    batch.clear();
  }
}
