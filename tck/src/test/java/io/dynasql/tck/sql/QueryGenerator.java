package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random SELECTs in the SQL both engines answer identically, all from one seed: key-targeted and
 * filtered reads of one table with projections, total ORDER BYs and LIMITs, DISTINCT, COUNT over
 * a LIMIT, aggregates ({@link AggregateQueries}) and joins ({@link JoinQueries}).
 */
final class QueryGenerator {
  private final Random r;
  private final Predicates pred;
  private final KeyConditions keys;
  private final Clauses clauses;
  private final AggregateQueries aggregates;
  private final JoinQueries joins;

  QueryGenerator(long seed, DataSet data) {
    r = new Random(seed);
    Literals lit = new Literals(r, data);
    pred = new Predicates(r, lit);
    keys = new KeyConditions(r, lit, pred);
    clauses = new Clauses(r);
    aggregates = new AggregateQueries(r, pred, keys, clauses);
    joins = new JoinQueries(r, pred, keys, clauses);
  }

  Query next() {
    int k = r.nextInt(100);
    if (k < 30) return select(true);
    if (k < 50) return select(false);
    if (k < 66) return aggregates.next(table());
    if (k < 88) return joins.next();
    if (k < 94) return distinct(table());
    return countOverLimit(table());
  }

  private Table table() {
    return Tables.ALL.get(r.nextInt(Tables.ALL.size()));
  }

  private Query select(boolean keyed) {
    Table t = table();
    KeyConditions.Keyed kc = keyed ? keys.of(t, "") : null;
    String where = kc != null ? kc.condition() : r.nextInt(8) == 0 ? null : pred.random(t, "", 2);
    if (kc != null && r.nextInt(3) == 0) where += " AND " + pred.random(t, "", 1);
    List<String> cols = clauses.some(kc != null && kc.columns() != null ? kc.columns() : Clauses.names(t), 4);
    String sql = "SELECT " + String.join(", ", cols) + " FROM " + t.name() + (where == null ? "" : " WHERE " + where);
    String shape = keyed ? "key-targeted select" : "filtered select";
    if (kc != null && kc.orderKey() != null && r.nextBoolean()) {
      // one partition: its sort key alone is a total order, which the store can give (forward or backward)
      sql += " ORDER BY " + clauses.order(kc.orderKey(), false) + (r.nextBoolean() ? clauses.limit() : "");
      return new Query(sql, true, shape + ", sort-key order");
    }
    if (r.nextInt(10) < 6) {
      sql += " ORDER BY " + String.join(", ", clauses.totalOrder(t, "", false)) + (r.nextInt(3) == 0 ? clauses.limit() : "");
      return new Query(sql, true, shape + ", ordered");
    }
    return new Query(sql, false, shape);
  }

  private Query distinct(Table t) {
    List<String> cols = clauses.some(Clauses.names(t), 2);
    String sql = "SELECT DISTINCT " + String.join(", ", cols) + " FROM " + t.name()
        + (r.nextBoolean() ? " WHERE " + pred.random(t, "", 1) : "");
    if (r.nextBoolean()) return new Query(sql, false, "distinct");
    List<String> order = new ArrayList<>();
    for (String c : cols) order.add(clauses.order(c, !t.column(c).key()));
    return new Query(sql + " ORDER BY " + String.join(", ", order), true, "distinct, ordered");
  }

  /** How many rows a LIMIT lets through: min(limit, matches), whatever order the rows come in. */
  private Query countOverLimit(Table t) {
    String inner = "SELECT " + clauses.some(Clauses.names(t), 2).get(0) + " FROM " + t.name()
        + (r.nextInt(4) == 0 ? "" : " WHERE " + (r.nextBoolean() ? keys.of(t, "").condition() : pred.random(t, "", 1)))
        + " LIMIT " + (1 + r.nextInt(30));
    return new Query("SELECT COUNT(*) FROM (" + inner + ") s", false, "count over limit");
  }
}
