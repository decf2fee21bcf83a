package io.dynasql.tck.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What one engine answered to one query: its rows with every cell normalised so the engines'
 * different result types compare (any exact number becomes a BigDecimal without trailing zeros,
 * so INTEGER 3, BIGINT 3 and DECIMAL 3.00 are one value; REAL and DOUBLE become Double), or the
 * error it failed with.
 */
record Result(List<List<Object>> rows, String error) {
  static Result of(Connection conn, String sql) {
    return of(conn, sql, st -> { });
  }

  /** Runs {@code sql}; {@code after} sees the statement once every row is read. */
  static Result of(Connection conn, String sql, Consumer<Statement> after) {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) row[i] = normalise(rs.getObject(i + 1));
        rows.add(Arrays.asList(row));
      }
      after.accept(st);
      return new Result(rows, null);
    } catch (SQLException | RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      String cause = root == e ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
      return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage() + cause);
    }
  }

  static Object normalise(Object v) {
    if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) return new BigDecimal(b);
    if (v instanceof BigDecimal d) return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (v instanceof Float f) return f.doubleValue();
    return v; // String, Boolean, Double, null
  }

  boolean failed() {
    return error != null;
  }

  /** The result for a failure message: the error, or the row count and the first rows. */
  String describe(int maxRows) {
    if (failed()) return "ERROR " + error;
    String shown = rows.stream().limit(maxRows).map(Result::row).collect(Collectors.joining(" "));
    return rows.size() + " rows: " + shown + (rows.size() > maxRows ? " ..." : "");
  }

  static String row(List<Object> row) {
    return row.stream().map(Result::cell).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String cell(Object v) {
    if (v instanceof BigDecimal d) return d.toPlainString();
    if (v instanceof String s) return "'" + s + "'";
    return String.valueOf(v);
  }
}
