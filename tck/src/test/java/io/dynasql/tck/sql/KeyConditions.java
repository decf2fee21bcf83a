package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Column;
import io.dynasql.tck.sql.Tables.Kind;
import io.dynasql.tck.sql.Tables.Table;
import java.util.List;
import java.util.Random;

/**
 * WHERE conditions aimed at the keys, so that the pushdown picks each access kind: the whole
 * primary key (GET), IN lists of keys (BATCH_GET), a partition with or without a sort-key
 * condition (QUERY), an index partition (index QUERY, on numeric and string sort keys, and on
 * the KEYS_ONLY index that only serves queries reading its own attributes).
 */
final class KeyConditions {
  /**
   * A key condition.
   *
   * @param orderKey a column whose order alone is a total order of the rows that match, and is
   *     the store's order (the sort key of the one partition read), or null
   * @param columns the columns a query should read to be served by the index aimed at, or null for any
   */
  record Keyed(String condition, String orderKey, List<String> columns) {}

  private final Random r;
  private final Literals lit;
  private final Predicates pred;

  KeyConditions(Random r, Literals lit, Predicates pred) {
    this.r = r;
    this.lit = lit;
    this.pred = pred;
  }

  Keyed of(Table t, String alias) {
    String p = alias.isEmpty() ? "" : alias + ".";
    int k = r.nextInt(10);
    if (t == Tables.ORDERS) {
      if (k < 4) return new Keyed(eq(t, p, "customer") + sortKey(t, p, "id", 6), "id", null);
      if (k < 6) {
        String sort = r.nextBoolean() ? " AND " + eq(t, p, "id") : sortKey(t, p, "id", 2);
        return new Keyed(in(t, p, "customer", 1 + r.nextInt(6)) + sort, null, null);
      }
      if (k < 9) return new Keyed(eq(t, p, "status") + sortKey(t, p, "id", 4), null, null);
      return new Keyed(in(t, p, "status", 2 + r.nextInt(2)), null, null);
    }
    if (t == Tables.CUSTOMERS) {
      if (k < 4) return new Keyed(eq(t, p, "customer"), null, null);
      if (k < 7) return new Keyed(in(t, p, "customer", 1 + r.nextInt(8)), null, null);
      return new Keyed(eq(t, p, "city") + sortKey(t, p, "customer", 6), "customer", null);
    }
    if (k < 3) return new Keyed(eq(t, p, "id"), null, null);
    if (k < 5) return new Keyed(in(t, p, "id", 1 + r.nextInt(8)), null, null);
    if (k < 6) return new Keyed(eq(t, p, "kind"), null, null);
    List<String> indexed = r.nextInt(5) < 3 ? List.of("id", "customer", "amount") : null;
    return new Keyed(eq(t, p, "customer") + sortKey(t, p, "amount", 5), null, indexed);
  }

  private String eq(Table t, String p, String col) {
    return p + col + " = " + Literals.sql(lit.any(t, t.column(col)));
  }

  private String in(Table t, String p, String col, int n) {
    return p + col + " IN (" + pred.list(t, t.column(col), n) + ")";
  }

  /** With probability {@code tenths}/10, " AND " and a condition on the sort key {@code sk}. */
  private String sortKey(Table t, String p, String sk, int tenths) {
    if (r.nextInt(10) >= tenths) return "";
    Column c = t.column(sk);
    String col = p + sk;
    switch (r.nextInt(c.kind() == Kind.STRING ? 11 : 9)) {
      case 0: return " AND " + col + " = " + Literals.sql(lit.any(t, c));
      case 1: return " AND " + col + " > " + Literals.sql(lit.any(t, c));
      case 2: return " AND " + col + " <= " + Literals.sql(lit.any(t, c));
      case 3: return " AND " + col + " BETWEEN " + pred.between(t, c);
      case 4: return " AND " + col + " >= " + Literals.sql(lit.any(t, c)) + " AND " + col + " <= " + Literals.sql(lit.any(t, c));
      case 5: return " AND " + col + " > " + Literals.sql(lit.any(t, c)) + " AND " + col + " < " + Literals.sql(lit.any(t, c));
      case 6: return " AND " + col + " IN (" + pred.list(t, c, 2 + r.nextInt(3)) + ")";
      case 7: return " AND " + col + " <> " + Literals.sql(lit.any(t, c));
      case 8: return " AND " + col + " < " + Literals.sql(lit.any(t, c));
      default: return " AND " + col + " LIKE " + Literals.sql(lit.likePattern(t, c));
    }
  }
}
