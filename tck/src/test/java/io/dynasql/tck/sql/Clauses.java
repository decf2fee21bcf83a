package io.dynasql.tck.sql;

import io.dynasql.tck.sql.Tables.Column;
import io.dynasql.tck.sql.Tables.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Select lists, ORDER BY items and LIMIT clauses. An ORDER BY item on a column that may be NULL
 * always says NULLS FIRST or NULLS LAST: the engines' defaults differ (H2 sorts NULL low,
 * Calcite high), and neither is wrong.
 */
final class Clauses {
  private final Random r;

  Clauses(Random r) {
    this.r = r;
  }

  /** An ORDER BY item on {@code col}, ascending or descending, with explicit NULL order where it matters. */
  String order(String col, boolean nullable) {
    String dir = r.nextInt(3) == 0 ? " DESC" : r.nextBoolean() ? " ASC" : "";
    boolean nulls = nullable || r.nextInt(4) == 0;
    return col + dir + (nulls ? r.nextBoolean() ? " NULLS FIRST" : " NULLS LAST" : "");
  }

  /** ORDER BY up to two random columns of {@code t}, then its primary key: a total order. */
  List<String> totalOrder(Table t, String alias, boolean keyNullable) {
    List<String> items = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      Column c = t.columns().get(r.nextInt(t.columns().size()));
      items.add(order(qualified(alias, c.name()), !c.key() || keyNullable));
    }
    for (String k : t.key()) items.add(order(qualified(alias, k), keyNullable));
    return items;
  }

  /** LIMIT n, sometimes with an OFFSET. */
  String limit() {
    String s = " LIMIT " + (1 + r.nextInt(r.nextBoolean() ? 5 : 40));
    return r.nextInt(4) == 0 ? s + " OFFSET " + r.nextInt(10) : s;
  }

  /** Between 1 and {@code max} distinct columns out of {@code names}, in random order. */
  List<String> some(List<String> names, int max) {
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, r);
    return shuffled.subList(0, 1 + r.nextInt(Math.min(max, shuffled.size())));
  }

  static List<String> names(Table t) {
    List<String> out = new ArrayList<>();
    for (Column c : t.columns()) out.add(c.name());
    return out;
  }

  static String qualified(String alias, String col) {
    return alias.isEmpty() ? col : alias + "." + col;
  }
}
