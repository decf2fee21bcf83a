package io.dynasql.tck.sql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares two {@link Result}s cell by cell: in order when the query has an ORDER BY (always a
 * total order), as multisets otherwise. Exact numbers compare by value; a cell that is a Double
 * on either side compares within a relative 1e-9, since a SUM or AVG of doubles may add in
 * another order.
 */
final class Comparison {
  private static final MathContext ROUGH = new MathContext(10);

  private Comparison() {}

  /** Null when {@code actual} agrees with {@code expected}, else what differs first. */
  static String difference(Result expected, Result actual, boolean ordered) {
    if (expected.failed() || actual.failed()) return "an engine failed";
    if (expected.rows().size() != actual.rows().size()) {
      return "row count " + expected.rows().size() + " vs " + actual.rows().size();
    }
    List<List<Object>> a = expected.rows();
    List<List<Object>> b = actual.rows();
    if (!ordered) {
      a = sorted(a);
      b = sorted(b);
    }
    for (int i = 0; i < a.size(); i++) {
      if (!rowsEqual(a.get(i), b.get(i))) {
        return (ordered ? "row " + i : "in sorted position " + i) + ": " + Result.row(a.get(i)) + " vs " + Result.row(b.get(i));
      }
    }
    return null;
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Comparison::key));
    return out;
  }

  /** A sort key equal for rows that compare equal (doubles rounded to 10 digits). */
  private static String key(List<Object> row) {
    return row.stream().map(Comparison::cellKey).collect(Collectors.joining("\u0001"));
  }

  private static String cellKey(Object v) {
    if (v == null) return "\u0000";
    if (v instanceof Double d) return "N" + new BigDecimal(d).round(ROUGH).stripTrailingZeros().toPlainString();
    if (v instanceof BigDecimal d) return "N" + d.toPlainString();
    return v.getClass().getSimpleName().charAt(0) + String.valueOf(v);
  }

  private static boolean rowsEqual(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (!cellsEqual(a.get(i), b.get(i))) return false;
    return true;
  }

  static boolean cellsEqual(Object a, Object b) {
    if (a == null || b == null) return a == b;
    if (a instanceof Double || b instanceof Double) {
      if (!(a instanceof Number) || !(b instanceof Number)) return false;
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    return a.equals(b);
  }
}
