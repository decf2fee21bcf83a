package io.dynasql.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The parameters bound to a prepared INSERT / UPDATE / DELETE (which dynasql runs itself, not
 * through Calcite) and its batch; also a plain statement's batch of SQL texts.
 */
final class Bound {
  private final TreeMap<Integer, Object> values = new TreeMap<>();
  private final List<List<Object>> batch = new ArrayList<>();
  private final List<String> sqlBatch = new ArrayList<>();

  /** Records a {@code setXxx(index, value, ...)} call; false when {@code method} is not one. */
  boolean capture(String method, Object[] args) throws java.sql.SQLException {
    if (method.equals("clearParameters")) {
      values.clear();
      return true;
    }
    if (!method.startsWith("set") || args == null || args.length < 2 || !(args[0] instanceof Integer)) return false;
    if (method.equals("setFetchSize") || method.equals("setMaxRows") || method.equals("setQueryTimeout")) return false;
    if (method.equals("setObject") && !io.dynasql.calcite.JavaKinds.known(args[1])) {
      throw new java.sql.SQLDataException("Parameter " + args[0] + ": a value of Java type "
          + io.dynasql.calcite.JavaKinds.name(args[1]) + " has no SQL value (bind its contents instead)", "22018");
    }
    values.put((Integer) args[0], method.equals("setNull") ? null : args[1]);
    return true;
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

  void addSql(String sql) {
    sqlBatch.add(sql);
  }

  List<List<Object>> batch() {
    return new ArrayList<>(batch);
  }

  List<String> sqlBatch() {
    return new ArrayList<>(sqlBatch);
  }

  void clearBatch() {
    batch.clear();
    sqlBatch.clear();
  }
}
