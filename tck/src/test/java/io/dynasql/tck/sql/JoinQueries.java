package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * INNER and LEFT joins on customer between customers and orders or events, in both directions:
 * projections from both sides, WHERE on either side (key-targeted or not), extra ON conditions
 * on the inner side of a LEFT join, total orders (both sides' keys), and GROUP BY over the join.
 */
final class JoinQueries {
  /** A join on {@code left.customer = right.customer}. */
  private record Spec(Table left, String la, Table right, String ra, boolean outer) {}

  private static final List<Spec> SPECS = List.of(
      new Spec(Tables.ORDERS, "o", Tables.CUSTOMERS, "c", false),
      new Spec(Tables.ORDERS, "o", Tables.CUSTOMERS, "c", true),
      new Spec(Tables.CUSTOMERS, "c", Tables.ORDERS, "o", false),
      new Spec(Tables.CUSTOMERS, "c", Tables.ORDERS, "o", true),
      new Spec(Tables.EVENTS, "e", Tables.CUSTOMERS, "c", false),
      new Spec(Tables.EVENTS, "e", Tables.CUSTOMERS, "c", true),
      new Spec(Tables.CUSTOMERS, "c", Tables.EVENTS, "e", true));

  private final Random r;
  private final Predicates pred;
  private final KeyConditions keys;
  private final Clauses clauses;
  private final AggregateQueries aggregates;

  JoinQueries(Random r, Predicates pred, KeyConditions keys, Clauses clauses) {
    this.r = r;
    this.pred = pred;
    this.keys = keys;
    this.clauses = clauses;
    this.aggregates = new AggregateQueries(r, pred, keys, clauses);
  }

  Query next() {
    Spec s = SPECS.get(r.nextInt(SPECS.size()));
    String from = " FROM " + s.left().name() + " " + s.la() + (s.outer() ? " LEFT JOIN " : " JOIN ")
        + s.right().name() + " " + s.ra() + " ON " + s.la() + ".customer = " + s.ra() + ".customer"
        + (s.outer() && r.nextInt(3) == 0 ? " AND " + pred.random(s.right(), s.ra(), 1) : "");
    int w = r.nextInt(10);
    String where = w < 3 ? keys.of(s.left(), s.la()).condition()
        : w < 5 ? pred.random(s.left(), s.la(), 1)
        : w < 7 ? pred.random(s.right(), s.ra(), 1)
        : w < 8 ? pred.random(s.left(), s.la(), 1) + " AND " + pred.random(s.right(), s.ra(), 1) : null;
    from += where == null ? "" : " WHERE " + where;
    if (r.nextInt(4) == 0) return grouped(s, from);
    List<String> cols = new ArrayList<>();
    for (String c : clauses.some(Clauses.names(s.left()), 3)) cols.add(s.la() + "." + c);
    for (String c : clauses.some(Clauses.names(s.right()), 3)) cols.add(s.ra() + "." + c);
    String sql = "SELECT " + String.join(", ", cols) + from;
    String shape = (s.outer() ? "left join " : "join ") + s.left().name() + "-" + s.right().name();
    if (r.nextInt(10) < 4) return new Query(sql, false, shape);
    List<String> order = new ArrayList<>(clauses.totalOrder(s.left(), s.la(), false));
    order.addAll(clauses.totalOrder(s.right(), s.ra(), s.outer()));
    return new Query(sql + " ORDER BY " + String.join(", ", order) + (r.nextInt(3) == 0 ? clauses.limit() : ""),
        true, shape + ", ordered");
  }

  /** GROUP BY a column of the outer side, aggregating the inner side. */
  private Query grouped(Spec s, String from) {
    String g = s.la() + "." + clauses.some(Clauses.names(s.left()), 1).get(0);
    List<String> select = new ArrayList<>(List.of(g));
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      select.add(aggregates.aggregate(s.right(), s.ra(), s.right().columns().get(r.nextInt(s.right().columns().size()))));
    }
    String sql = "SELECT " + String.join(", ", select) + from + " GROUP BY " + g;
    if (r.nextBoolean()) return new Query(sql, false, "join, group by");
    return new Query(sql + " ORDER BY " + clauses.order(g, true), true, "join, group by, ordered");
  }
}
