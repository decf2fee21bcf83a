package io.dynasql.pushdown;

/**
 * The running aggregates of one group: a {@code long} and a count of non-null values per
 * aggregate, so that summing a BIGINT column neither boxes nor allocates per row.
 */
final class GroupAccumulator {
  private final AggregateSpec[] specs;
  private final long[] values;
  private final long[] counts;

  GroupAccumulator(AggregateSpec[] specs) {
    this.specs = specs;
    this.values = new long[specs.length];
    this.counts = new long[specs.length];
  }

  /** Adds one row whose aggregate arguments are {@code args} (null where a value is NULL; unused for COUNT(*)). */
  void add(Object[] args) {
    for (int i = 0; i < specs.length; i++) {
      AggregateSpec.Kind k = specs[i].kind();
      if (k == AggregateSpec.Kind.COUNT_ALL) {
        counts[i]++;
        continue;
      }
      Object v = args[i];
      if (v == null) continue;
      if (k != AggregateSpec.Kind.COUNT) {
        long n = ((Number) v).longValue();
        long old = values[i];
        switch (k) {
          // Math.addExact: past BIGINT's range is an ArithmeticException (SQLState 22003), never a wrapped sum
          case SUM, SUM0 -> values[i] = Math.addExact(old, n);
          case MIN -> values[i] = counts[i] == 0 ? n : Math.min(old, n);
          default -> values[i] = counts[i] == 0 ? n : Math.max(old, n);
        }
      }
      counts[i]++;
    }
  }

  /**
   * Aggregate {@code i} as the SQL value Calcite gives its type: a Long for COUNT and SUM, NULL
   * for SUM, MIN or MAX of no value, and MIN and MAX in the class of {@code sample} (the column's).
   */
  Object result(int i, Class<?> type) {
    AggregateSpec.Kind k = specs[i].kind();
    switch (k) {
      case COUNT_ALL:
      case COUNT:
        return counts[i];
      case SUM0:
        return values[i];
      default:
        if (counts[i] == 0) return null;
        return k == AggregateSpec.Kind.SUM ? Long.valueOf(values[i]) : narrow(values[i], type);
    }
  }

  /** A MIN or MAX back in its column's class (they never leave its range). */
  private static Object narrow(long v, Class<?> type) {
    if (type == Integer.class) return (int) v;
    if (type == Short.class) return (short) v;
    if (type == Byte.class) return (byte) v;
    return v;
  }
}
