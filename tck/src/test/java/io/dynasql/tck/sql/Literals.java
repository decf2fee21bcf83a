package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Column;
import io.dynasql.tck.sql.Tables.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * SQL literals for the query generator: mostly values that occur in the data (so equality,
 * IN and key lookups find rows), sometimes near misses (another case, a longer string, a number
 * just beside). DOUBLE literals are multiples of 0.25, like the data: exact in binary and in
 * decimal, so neither engine's rounding can decide a comparison.
 */
final class Literals {
  private final Random r;
  private final Map<String, List<Object>> values = new HashMap<>();

  Literals(Random r, DataSet data) {
    this.r = r;
    for (Table t : Tables.ALL) {
      for (int i = 0; i < t.columns().size(); i++) {
        Set<Object> seen = new LinkedHashSet<>();
        for (Object[] row : data.rows.get(t)) if (row[i] != null) seen.add(row[i]);
        values.put(t.name() + "." + t.columns().get(i).name(), new ArrayList<>(seen));
      }
    }
  }

  /** A value of {@code c} that some row holds. */
  Object existing(Table t, Column c) {
    List<Object> vs = values.get(t.name() + "." + c.name());
    return vs.get(r.nextInt(vs.size()));
  }

  /** Usually an existing value, sometimes one no row holds. */
  Object any(Table t, Column c) {
    Object v = existing(t, c);
    if (r.nextInt(5) != 0) return v;
    switch (c.kind()) {
      case STRING: {
        String s = (String) v;
        int k = r.nextInt(3);
        return k == 0 ? s.toUpperCase(Locale.ROOT) : k == 1 ? s + "z" : s.isEmpty() ? "a" : s.substring(0, s.length() - 1);
      }
      case DECIMAL: return ((BigDecimal) v).add(BigDecimal.valueOf(r.nextInt(201) - 100, 2));
      case DOUBLE: return (Double) v + (r.nextInt(9) - 4) * 0.25;
      case BOOLEAN: return v;
      default: {
        long n = ((Number) v).longValue() + r.nextInt(7) - 3;
        // a fractional literal against an integer column now and then: SQL compares it exactly
        return r.nextInt(6) == 0 ? BigDecimal.valueOf(n).add(new BigDecimal("0.5")) : (Object) n;
      }
    }
  }

  /** The SQL text of {@code v} as a literal. */
  static String sql(Object v) {
    if (v instanceof String s) return "'" + s.replace("'", "''") + "'";
    if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
    if (v instanceof BigDecimal d) return d.toPlainString();
    if (v instanceof Double d) return BigDecimal.valueOf(d).toPlainString();
    return String.valueOf(v);
  }

  /** Orders two literals of one column: numbers by value, strings by code unit. */
  static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    return ((String) a).compareTo((String) b);
  }

  /** A LIKE pattern: mostly a prefix of a value and '%', sometimes with '_' or a leading '%'. */
  String likePattern(Table t, Column c) {
    String s = (String) existing(t, c);
    String prefix = s.substring(0, Math.min(s.length(), 1 + r.nextInt(3)));
    int k = r.nextInt(10);
    if (k == 0) return "%" + s.substring(s.length() - Math.min(s.length(), 2));
    if (k == 1 && prefix.length() > 1) return prefix.charAt(0) + "_" + prefix.substring(2) + "%";
    if (k == 2) return s;
    return prefix + "%";
  }
}
