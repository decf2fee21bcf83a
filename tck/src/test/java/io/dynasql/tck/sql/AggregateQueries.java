package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Column;
import io.dynasql.tck.sql.Tables.Kind;
import io.dynasql.tck.sql.Tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * GROUP BY queries over one table: COUNT(*), COUNT(col), COUNT(DISTINCT col), SUM, MIN, MAX and
 * AVG, with WHERE and HAVING. AVG is always taken of a DOUBLE (a CAST where the column is not
 * one): the result type of AVG over exact numbers is the implementation's choice (dynasql a
 * DECIMAL with 16 fractional digits, H2 a DOUBLE or a NUMERIC with 10 more), so only AVG over
 * DOUBLE gives the same digits in both.
 */
final class AggregateQueries {
  private final Random r;
  private final Predicates pred;
  private final KeyConditions keys;
  private final Clauses clauses;

  AggregateQueries(Random r, Predicates pred, KeyConditions keys, Clauses clauses) {
    this.r = r;
    this.pred = pred;
    this.keys = keys;
    this.clauses = clauses;
  }

  Query next(Table t) {
    List<String> groups = r.nextInt(5) == 0 ? List.of() : clauses.some(Clauses.names(t), 2);
    List<String> select = new ArrayList<>(groups);
    for (int i = 1 + r.nextInt(4); i > 0; i--) select.add(aggregate(t, "", t.columns().get(r.nextInt(t.columns().size()))));
    String sql = "SELECT " + String.join(", ", select) + " FROM " + t.name();
    int w = r.nextInt(10);
    if (w < 3) sql += " WHERE " + keys.of(t, "").condition();
    else if (w < 7) sql += " WHERE " + pred.random(t, "", 2);
    if (groups.isEmpty()) return new Query(sql, false, "aggregate");
    sql += " GROUP BY " + String.join(", ", groups);
    if (r.nextInt(4) == 0) sql += " HAVING " + having(t);
    if (r.nextBoolean()) return new Query(sql, false, "group by");
    List<String> order = new ArrayList<>();
    for (String g : groups) order.add(clauses.order(g, !t.column(g).key()));
    return new Query(sql + " ORDER BY " + String.join(", ", order) + (r.nextInt(3) == 0 ? clauses.limit() : ""),
        true, "group by, ordered");
  }

  /** One aggregate of column {@code c} (or COUNT(*)). */
  String aggregate(Table t, String alias, Column c) {
    String col = Clauses.qualified(alias, c.name());
    int k = r.nextInt(c.numeric() ? 7 : c.kind() == Kind.BOOLEAN ? 3 : 5);
    switch (k) {
      case 0: return "COUNT(*)";
      case 1: return "COUNT(" + col + ")";
      case 2: return "COUNT(DISTINCT " + col + ")";
      case 3: return "MIN(" + col + ")";
      case 4: return "MAX(" + col + ")";
      case 5: return "SUM(" + col + ")";
      default: return "AVG(" + (c.kind() == Kind.DOUBLE ? col : "CAST(" + col + " AS DOUBLE)") + ")";
    }
  }

  private String having(Table t) {
    switch (r.nextInt(3)) {
      case 0: return "COUNT(*) > " + r.nextInt(6);
      case 1: {
        Column c = t.columns().get(r.nextInt(t.columns().size()));
        return "COUNT(" + c.name() + ") " + (r.nextBoolean() ? ">= " : "< ") + r.nextInt(20);
      }
      default: return "COUNT(*) BETWEEN 2 AND " + (2 + r.nextInt(40));
    }
  }
}
