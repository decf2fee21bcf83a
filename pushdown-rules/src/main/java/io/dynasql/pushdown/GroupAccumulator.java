package io.dynasql.pushdown;

/**
 * The running aggregates of one group: a {@code long} and a count of non-null values per
 * aggregate, so that summing a BIGINT column neither boxes nor allocates per row (a SUM's total
 * is exact: {@link Overflow}). Reused from
 * group to group ({@link #reset}), so a run of groups allocates none per group either.
 */
final class GroupAccumulator {
  private final AggregateSpec[] specs;
  private final long[] values;
  private final long[] counts;
  /** Per SUM, how often its total wrapped around ({@link Overflow}): it is exact when this is 0. */
  private final long[] wraps;

  GroupAccumulator(AggregateSpec[] specs) {
    this.specs = specs;
    this.values = new long[specs.length];
    this.counts = new long[specs.length];
    this.wraps = new long[specs.length];
  }

  /** Adds one row's value {@code v} (a Number, or null for NULL) to aggregate {@code i}, which is not COUNT(*). */
  void add(int i, Object v) {
    if (v == null) return;
    if (specs[i].kind() == AggregateSpec.Kind.COUNT) counts[i]++;
    else addLong(i, ((Number) v).longValue());
  }

  /** Counts one row for COUNT(*) aggregate {@code i}. */
  void countRow(int i) {
    counts[i]++;
  }

  /** Adds one row's non-null value {@code n} to aggregate {@code i}, which is not COUNT(*). */
  void addLong(int i, long n) {
    long old = values[i];
    switch (specs[i].kind()) {
      // wraps counted, not refused: only a result past BIGINT is 22003 (see result), whatever the order of the rows
      case SUM, SUM0 -> {
        wraps[i] = Overflow.wraps(old, n, wraps[i]);
        values[i] = Overflow.plus(old, n);
      }
      case MIN -> values[i] = counts[i] == 0 ? n : Math.min(old, n);
      case MAX -> values[i] = counts[i] == 0 ? n : Math.max(old, n);
      default -> { } // COUNT: only counted
    }
    counts[i]++;
  }

  /** Starts the next group. */
  void reset() {
    java.util.Arrays.fill(values, 0);
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(wraps, 0);
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
        return Overflow.exact(values[i], wraps[i]);
      default:
        if (counts[i] == 0) return null;
        return k == AggregateSpec.Kind.SUM ? Long.valueOf(Overflow.exact(values[i], wraps[i])) : narrow(values[i], type);
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
