package io.dynasql.tck.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rows both engines hold, drawn from one seed: values in column order as the Java objects
 * JDBC uses (String, Long, Integer, Short, BigDecimal, Double, Boolean), null for NULL. Strings
 * vary in case and share prefixes; numbers are negative, zero and fractional; every non-key
 * column has NULLs. Some orders and events name customers that do not exist, and some customers
 * have no orders, so outer joins have something to do.
 */
final class DataSet {
  private static final String[] NAMES = {"al", "alice", "alicia", "alison", "bo", "bob", "bobby", "carla", "carol",
      "dan", "dana", "dave", "eve", "evelyn", "frank", "o'neil", "zoë", "émile", "mary ann", "łukasz"};
  private static final String[] CITIES = {"Paris", "paris", "Parma", "Berlin", "Bern", "bern", "Zürich", "New York",
      "Newark", "Oslo", "Ωmega City"};
  private static final String[] STATUSES = {"NEW", "NEWEST", "new", "SHIPPED", "Shipped", "RETURNED", "CANCELLED"};
  private static final String[] NOTES = {"gift", "Gift", "gift wrap", "gift-card", "rush", "RUSH", "rush order",
      "fragile", "", "call first", "o'clock", "naïve", "x", "Ωmega"};
  private static final String[] KINDS = {"click", "Click", "view", "buy", "buyback", "refund"};

  final Map<Tables.Table, List<Object[]>> rows;

  private DataSet(Map<Tables.Table, List<Object[]>> rows) {
    this.rows = rows;
  }

  /** A data set of the given rows, for a hand-written case. */
  static DataSet of(Map<Tables.Table, List<Object[]>> rows) {
    return new DataSet(rows);
  }

  static DataSet generate(long seed) {
    Random r = new Random(seed);
    List<String> names = new ArrayList<>(names(r));
    List<String> customers = names.subList(0, names.size() - 8); // the last 8 are orphans
    List<Object[]> c = new ArrayList<>();
    for (String name : customers) {
      c.add(new Object[] {name, maybe(r, 0.1, pick(r, CITIES)), maybe(r, 0.15, r.nextBoolean()),
          maybe(r, 0.1, (long) r.nextInt(4000) - 1000 + (r.nextBoolean() ? 1_700_000_000_000L : 0L))});
    }
    List<Object[]> o = new ArrayList<>();
    for (String name : names) {
      if (r.nextInt(8) == 0) continue; // a customer without orders
      Set<Long> ids = new LinkedHashSet<>();
      int n = r.nextInt(r.nextInt(4) == 0 ? 150 : 60);
      while (ids.size() < n) ids.add((long) r.nextInt(460) - 40);
      for (long id : ids) {
        o.add(new Object[] {name, id, maybe(r, 0.1, pick(r, STATUSES)), maybe(r, 0.05, total(r)),
            maybe(r, 0.1, r.nextInt(66) - 5), maybe(r, 0.3, pick(r, NOTES))});
      }
    }
    List<Object[]> e = new ArrayList<>();
    Set<Long> eventIds = new LinkedHashSet<>();
    while (eventIds.size() < 700) eventIds.add((long) r.nextInt(50_500) - 500);
    for (long id : eventIds) {
      e.add(new Object[] {id, maybe(r, 0.1, names.get(r.nextInt(names.size()))), maybe(r, 0.05, pick(r, KINDS)),
          maybe(r, 0.1, (r.nextInt(4400) - 400) * 0.25), maybe(r, 0.15, (short) (r.nextInt(221) - 100))});
    }
    return new DataSet(Map.of(Tables.CUSTOMERS, c, Tables.ORDERS, o, Tables.EVENTS, e));
  }

  /** Customer names: case variants and shared prefixes of a few words, plus numbered ones. */
  private static Set<String> names(Random r) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : NAMES) {
      out.add(n);
      if (r.nextBoolean()) out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
      if (r.nextInt(4) == 0) out.add(n.toUpperCase(java.util.Locale.ROOT));
    }
    while (out.size() < 68) out.add("cust" + r.nextInt(r.nextBoolean() ? 10 : 1000));
    List<String> shuffled = new ArrayList<>(out);
    java.util.Collections.shuffle(shuffled, r);
    return new LinkedHashSet<>(shuffled);
  }

  private static BigDecimal total(Random r) {
    int kind = r.nextInt(5);
    long cents = kind == 0 ? 0 : kind == 1 ? (r.nextInt(200) - 100) * 100L : r.nextInt(1_050_000) - 50_000;
    return BigDecimal.valueOf(cents, 2);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static Object maybe(Random r, double nullShare, Object value) {
    return r.nextDouble() < nullShare ? null : value;
  }

  int size() {
    return rows.values().stream().mapToInt(List::size).sum();
  }
}
