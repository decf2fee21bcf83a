package io.dynasql.tck.cost;

import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.jdbc.AccessLine;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read and write units per line, as ReturnConsumedCapacity INDEXES breaks them down: a line is a
 * table ({@code "users"}) or one of its indexes ({@code "users.byEmail"}). Reads are put on the
 * line of the table or index that was read; writes on the table and on each index written.
 */
record Units(Map<String, Double> read, Map<String, Double> write) {
  Units {
    read = new TreeMap<>(read);
    write = new TreeMap<>(write);
  }

  static Units none() {
    return new Units(Map.of(), Map.of());
  }

  static String line(String table, String index) {
    return index == null ? table : table + "." + index;
  }

  static Units read(String table, String index, double units) {
    return new Units(Map.of(line(table, index), units), Map.of());
  }

  /** A read's capacity, all on the table or index the call read (a local index fetch included). */
  static Units read(ConsumedCapacity c, String index) {
    return read(c.tableName(), index, c.readCapacityUnits());
  }

  /** A write's capacity: the table's own units, then each index's. */
  static Units write(ConsumedCapacity c) {
    Map<String, Double> w = new TreeMap<>();
    w.put(c.tableName(), c.table().writeCapacityUnits());
    c.globalSecondaryIndexes().forEach((k, v) -> w.merge(line(c.tableName(), k), v.writeCapacityUnits(), Double::sum));
    c.localSecondaryIndexes().forEach((k, v) -> w.merge(line(c.tableName(), k), v.writeCapacityUnits(), Double::sum));
    w.values().removeIf(v -> v == 0);
    return new Units(Map.of(), w);
  }

  /** What the SQL statement was labelled: its read lines and its WRITE lines. */
  static Units of(List<AccessLine> lines) {
    Units u = none();
    for (AccessLine l : lines) {
      AccessRecord r = l.record();
      String key = line(r.table(), r.index());
      u = u.plus(r.kind() == AccessKind.WRITE ? new Units(Map.of(), Map.of(key, r.writeUnits()))
          : new Units(Map.of(key, r.readUnits()), Map.of()));
    }
    return u;
  }

  /** The units of each call, added up. */
  static Units sum(List<Call> calls, java.util.function.Function<Call, Units> each) {
    Units u = none();
    for (Call c : calls) u = u.plus(each.apply(c));
    return u;
  }

  Units plus(Units o) {
    Map<String, Double> r = new TreeMap<>(read);
    Map<String, Double> w = new TreeMap<>(write);
    o.read.forEach((k, v) -> r.merge(k, v, Double::sum));
    o.write.forEach((k, v) -> w.merge(k, v, Double::sum));
    return new Units(r, w);
  }

  Units times(double factor) {
    Map<String, Double> r = new TreeMap<>(read);
    Map<String, Double> w = new TreeMap<>(write);
    r.replaceAll((k, v) -> v * factor);
    w.replaceAll((k, v) -> v * factor);
    return new Units(r, w);
  }

  double totalRead() {
    return read.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  double totalWrite() {
    return write.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Equal line by line, to a hundredth of a unit (units are halves and wholes). */
  boolean sameAs(Units o) {
    return close(read, o.read) && close(write, o.write);
  }

  private static boolean close(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> all = new TreeMap<>(a);
    b.forEach((k, v) -> all.merge(k, -v, Double::sum));
    return all.values().stream().allMatch(v -> Math.abs(v) < 0.01);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "read %s write %s", read, write);
  }
}
