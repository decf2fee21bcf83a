package io.dynasql.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A DatabaseMetaData answer built from rows held in Java (type info, functions, the empty
 * answers), written as one SELECT over VALUES so that it runs through the connection like every
 * other metadata query and comes back with exact column labels and JDBC types.
 */
final class MetaDataRows {
  /** The column types metadata answers use (JDBC specifies each column's Java type). */
  enum Type {
    VARCHAR, SMALLINT, INTEGER, BIGINT, BOOLEAN;

    static Type of(char code) {
      switch (code) {
        case 'V': return VARCHAR;
        case 'S': return SMALLINT;
        case 'I': return INTEGER;
        case 'B': return BIGINT;
        case 'Z': return BOOLEAN;
        default: throw new IllegalArgumentException("No metadata column type " + code + " (V, S, I, B or Z)");
      }
    }
  }

  /** A column of an answer. */
  record Column(String name, Type type) {}

  private MetaDataRows() {}

  /**
   * Columns written {@code NAME:T NAME:T ...}, with T one of V(ARCHAR), S(MALLINT), I(NTEGER),
   * B(IGINT), (boolean) Z: the lists JDBC's Javadoc gives for each method, one line each.
   */
  static List<Column> columns(String spec) {
    List<Column> out = new ArrayList<>();
    for (String c : spec.trim().split("\\s+")) {
      int colon = c.indexOf(':');
      out.add(new Column(c.substring(0, colon), Type.of(c.charAt(colon + 1))));
    }
    return List.copyOf(out);
  }

  /** {@code SELECT} of {@code rows}, or of no rows with these columns when there are none. */
  static String select(List<Column> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM (VALUES (0)) AS t(x) WHERE 1 = 0");
      for (Column c : columns) select.add("CAST(NULL AS " + c.type() + ") AS \"" + c.name() + "\"");
      return select.toString();
    }
    StringJoiner values = new StringJoiner(", ", "SELECT * FROM (VALUES ", ")");
    for (Object[] row : rows) {
      if (row.length != columns.size()) throw new IllegalArgumentException(row.length + " values for " + columns.size() + " columns");
      StringJoiner r = new StringJoiner(", ", "(", ")");
      for (int i = 0; i < row.length; i++) r.add("CAST(" + literal(row[i]) + " AS " + columns.get(i).type() + ")");
      values.add(r.toString());
    }
    StringJoiner names = new StringJoiner(", ", " AS t(", ")");
    for (Column c : columns) names.add("\"" + c.name() + "\"");
    return values + names.toString();
  }

  /** A value as a SQL literal; the values are the driver's own constants (type and function names). */
  private static String literal(Object v) {
    if (v == null) return "NULL";
    if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
    if (v instanceof Number n) return n.toString();
    return "'" + v.toString().replace("'", "''") + "'";
  }
}
