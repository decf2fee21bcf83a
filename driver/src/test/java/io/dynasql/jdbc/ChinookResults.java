package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A query's answer on one connection, compared by value: numbers by their decimal value whatever
 * the type (COUNT is BIGINT in both databases, but SUM of an INTEGER column is BIGINT in
 * PostgreSQL and INTEGER in dynasql), AVG within a relative {@value #AVG_TOLERANCE} (PostgreSQL
 * keeps up to 16 or more fractional digits, dynasql a DECIMAL of its own scale), text and dates
 * exactly, NULL as NULL. Rows compare in order when the query's ORDER BY is total, else as
 * multisets.
 */
final class ChinookResults {
  static final double AVG_TOLERANCE = 1e-9;

  private ChinookResults() {}

  /** The rows, or the error's SQLState and message in place of rows. */
  record Answer(List<List<Object>> rows, String error) {}

  static Answer run(Connection c, String sql) {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) row.add(cell(rs.getObject(i)));
        rows.add(row);
      }
      return new Answer(rows, null);
    } catch (SQLException e) {
      return new Answer(null, e.getSQLState() + " " + e.getMessage());
    }
  }

  private static Object cell(Object v) {
    if (v instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros();
    if (v instanceof java.sql.Date d) return d.toLocalDate();
    return v;
  }

  /** Null when {@code actual} answers {@code q} as {@code expected} does, else what differs. */
  static String difference(ChinookQuery q, Answer expected, Answer actual) {
    if (expected.error() != null) return "the reference failed: " + expected.error();
    if (actual.error() != null) return "failed: " + actual.error();
    if (expected.rows().size() != actual.rows().size()) {
      return expected.rows().size() + " rows expected, " + actual.rows().size() + " returned; first expected "
          + first(expected) + ", first returned " + first(actual);
    }
    List<List<Object>> e = sorted(q, expected.rows());
    List<List<Object>> a = sorted(q, actual.rows());
    for (int r = 0; r < e.size(); r++) {
      for (int c = 0; c < e.get(r).size(); c++) {
        if (!same(e.get(r).get(c), a.get(r).get(c), q.approximate().contains(c))) {
          return "row " + r + " (in " + (q.ordered() ? "query" : "sorted") + " order) expected " + e.get(r) + ", returned " + a.get(r);
        }
      }
    }
    return null;
  }

  private static String first(Answer a) {
    return a.rows().isEmpty() ? "none" : a.rows().get(0).toString();
  }

  private static boolean same(Object e, Object a, boolean approximate) {
    if (e == null || a == null) return e == a;
    if (e instanceof BigDecimal x && a instanceof BigDecimal y) {
      if (!approximate) return x.compareTo(y) == 0;
      return x.subtract(y).abs().compareTo(x.abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(AVG_TOLERANCE))) <= 0;
    }
    return e.equals(a);
  }

  /** The rows as a multiset in a canonical order (AVGs rounded to 8 digits to sort by), or as returned. */
  private static List<List<Object>> sorted(ChinookQuery q, List<List<Object>> rows) {
    if (q.ordered()) return rows;
    List<List<Object>> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(row -> key(q, row)));
    return out;
  }

  private static String key(ChinookQuery q, List<Object> row) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < row.size(); c++) {
      Object v = row.get(c);
      if (v instanceof BigDecimal d && q.approximate().contains(c)) v = d.round(new MathContext(8)).toPlainString();
      else if (v instanceof BigDecimal d) v = d.toPlainString();
      b.append(v == null ? "\u0000NULL" : v.toString()).append('\u0001');
    }
    return b.toString();
  }
}
