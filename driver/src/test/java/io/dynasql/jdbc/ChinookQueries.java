package io.dynasql.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random queries over Chinook: filters, joins of two or three tables along foreign keys
 * (Employee.ReportsTo to itself and the PlaylistTrack many-to-many among them), GROUP BY with
 * COUNT/SUM/MIN/MAX/AVG and COUNT [DISTINCT] of a column, ORDER BY + LIMIT on a total order, IN (subquery) and [NOT] EXISTS.
 * ORDER BY is only on numbers and dates that are never NULL, then the primary key: text order is
 * collation-dependent (see {@link ChinookPredicates}) and NULLs' place is each database's choice.
 */
final class ChinookQueries {
  private final Random random;
  private final Map<String, ChinookTables.Table> tables;
  private final ChinookPredicates predicates;
  private final List<ChinookTables.ForeignKey> keys = new ArrayList<>();

  ChinookQueries(long seed, Map<String, ChinookTables.Table> tables) {
    this.random = new Random(seed);
    this.tables = tables;
    this.predicates = new ChinookPredicates(random);
    tables.values().forEach(t -> keys.addAll(t.foreignKeys()));
  }

  ChinookQuery next() {
    switch (random.nextInt(6)) {
      case 0: return filter();
      case 1: return join();
      case 2: return group();
      case 3: return top();
      case 4: return in();
      default: return exists();
    }
  }

  private ChinookQuery filter() {
    ChinookTables.Table t = randomTable();
    return new ChinookQuery("filter", "SELECT " + String.join(", ", predicates.columns(t, "t0")) + " FROM {" + id(t.name())
        + "} t0 WHERE " + predicates.where(t, "t0"), false, Set.of());
  }

  /** Two or three tables joined along foreign keys, as aliases t0, t1, t2. */
  private record Path(List<ChinookTables.Table> tables, String from) {}

  private Path path(int most) {
    ChinookTables.ForeignKey first = keys.get(random.nextInt(keys.size()));
    List<ChinookTables.Table> ts = new ArrayList<>(List.of(tables.get(first.table()), tables.get(first.parent())));
    StringBuilder from = new StringBuilder("{" + id(first.table()) + "} t0 " + joinType(first) + " {" + id(first.parent())
        + "} t1 ON t0." + id(first.column()) + " = t1." + id(first.parentColumn()));
    if (most > 2 && random.nextBoolean()) {
      List<String[]> next = new ArrayList<>(); // {alias in the path, its column, new table, new table's column}
      for (ChinookTables.ForeignKey k : keys) {
        if (k.equals(first)) continue;
        for (int i = 0; i < 2; i++) {
          if (k.table().equals(ts.get(i).name())) next.add(new String[] {"t" + i, k.column(), k.parent(), k.parentColumn()});
          if (k.parent().equals(ts.get(i).name())) next.add(new String[] {"t" + i, k.parentColumn(), k.table(), k.column()});
        }
      }
      String[] n = next.get(random.nextInt(next.size()));
      ts.add(tables.get(n[2]));
      from.append(" JOIN {").append(id(n[2])).append("} t2 ON ").append(n[0]).append('.').append(id(n[1])).append(" = t2.").append(id(n[3]));
    }
    return new Path(ts, from.toString());
  }

  private String joinType(ChinookTables.ForeignKey k) {
    return random.nextInt(4) == 0 ? "LEFT JOIN" : "JOIN";
  }

  private ChinookQuery join() {
    Path p = path(3);
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < p.tables().size(); i++) cols.addAll(predicates.columns(p.tables().get(i), "t" + i).subList(0, 1));
    int w = random.nextInt(p.tables().size());
    return new ChinookQuery("join", "SELECT " + String.join(", ", cols) + " FROM " + p.from() + " WHERE "
        + predicates.where(p.tables().get(w), "t" + w), false, Set.of());
  }

  private ChinookQuery group() {
    Path p = random.nextBoolean() ? new Path(List.of(randomTable()), null) : path(3);
    String from = p.from() != null ? p.from() : "{" + p.tables().get(0).name() + "} t0";
    int g = random.nextInt(p.tables().size());
    ChinookTables.Table gt = p.tables().get(g);
    String key = "t" + g + "." + id(gt.columns().get(random.nextInt(gt.columns().size())).name());
    List<String> select = new ArrayList<>(List.of(key, "COUNT(*)"));
    Set<Integer> approximate = new java.util.HashSet<>();
    for (int i = 0; i < p.tables().size(); i++) {
      for (ChinookTables.Column c : p.tables().get(i).columns()) {
        if (!ChinookPredicates.isNumber(c) || random.nextInt(4) != 0) continue;
        String fn = List.of("SUM(", "MIN(", "MAX(", "AVG(", "COUNT(", "COUNT(DISTINCT ").get(random.nextInt(6));
        if (fn.equals("AVG(")) approximate.add(select.size());
        select.add(fn + "t" + i + "." + id(c.name()) + ")");
      }
    }
    int w = random.nextInt(p.tables().size());
    String having = random.nextInt(4) == 0 ? " HAVING COUNT(*) > " + (1 + random.nextInt(5)) : "";
    return new ChinookQuery("group", "SELECT " + String.join(", ", select) + " FROM " + from + " WHERE "
        + predicates.where(p.tables().get(w), "t" + w) + " GROUP BY " + key + having, false, approximate);
  }

  /** ORDER BY a never-NULL number or date, then the primary key; joins only to parents, so each row stays unique. */
  private ChinookQuery top() {
    ChinookTables.Table t = randomTable();
    List<ChinookTables.Column> orderable = t.columns().stream().filter(ChinookPredicates::isOrderable).toList();
    ChinookTables.Column by = orderable.get(random.nextInt(orderable.size()));
    List<String> cols = new ArrayList<>(predicates.columns(t, "t0"));
    String from = "{" + id(t.name()) + "} t0";
    if (!t.foreignKeys().isEmpty() && random.nextBoolean()) {
      ChinookTables.ForeignKey k = t.foreignKeys().get(random.nextInt(t.foreignKeys().size()));
      from += " " + joinType(k) + " {" + id(k.parent()) + "} t1 ON t0." + id(k.column()) + " = t1." + id(k.parentColumn());
      cols.addAll(predicates.columns(tables.get(k.parent()), "t1").subList(0, 1));
    }
    List<String> order = new ArrayList<>(List.of("t0." + id(by.name()) + (random.nextBoolean() ? " DESC" : "")));
    for (String k : t.key()) order.add("t0." + id(k));
    String where = random.nextBoolean() ? " WHERE " + predicates.where(t, "t0") : "";
    return new ChinookQuery("top", "SELECT " + String.join(", ", cols) + " FROM " + from + where + " ORDER BY "
        + String.join(", ", order) + " LIMIT " + (1 + random.nextInt(20)), true, Set.of());
  }

  private ChinookQuery in() {
    ChinookTables.ForeignKey k = keys.get(random.nextInt(keys.size()));
    ChinookTables.Table child = tables.get(k.table());
    ChinookTables.Table parent = tables.get(k.parent());
    if (random.nextBoolean()) {
      return new ChinookQuery("in", "SELECT " + String.join(", ", predicates.columns(child, "t0")) + " FROM {" + id(child.name())
          + "} t0 WHERE t0." + id(k.column()) + " IN (SELECT t1." + id(k.parentColumn()) + " FROM {" + id(parent.name()) + "} t1 WHERE "
          + predicates.where(parent, "t1") + ")", false, Set.of());
    }
    return new ChinookQuery("in", "SELECT " + String.join(", ", predicates.columns(parent, "t1")) + " FROM {" + id(parent.name())
        + "} t1 WHERE t1." + id(k.parentColumn()) + " IN (SELECT t0." + id(k.column()) + " FROM {" + id(child.name()) + "} t0 WHERE "
        + predicates.where(child, "t0") + ")", false, Set.of());
  }

  private ChinookQuery exists() {
    ChinookTables.ForeignKey k = keys.get(random.nextInt(keys.size()));
    ChinookTables.Table child = tables.get(k.table());
    ChinookTables.Table parent = tables.get(k.parent());
    String not = random.nextInt(3) == 0 ? "NOT " : "";
    return new ChinookQuery("exists", "SELECT " + String.join(", ", predicates.columns(parent, "t1")) + " FROM {" + id(parent.name())
        + "} t1 WHERE " + not + "EXISTS (SELECT 1 FROM {" + id(child.name()) + "} t0 WHERE t0." + id(k.column()) + " = t1."
        + id(k.parentColumn()) + " AND " + predicates.where(child, "t0") + ")", false, Set.of());
  }

  /** {@code name} as written, in lower case or in upper case: unquoted, each database matches it ignoring case. */
  private String id(String name) {
    return predicates.id(name);
  }

  private ChinookTables.Table randomTable() {
    List<ChinookTables.Table> all = new ArrayList<>(tables.values());
    return all.get(random.nextInt(all.size()));
  }
}
