package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.AttributeValue;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The largest partition keys a table or index is known to hold, with their item counts: a small
 * top-k that lets a QUERY on a hot key (skewed, Zipf-like data) be estimated from that key's own
 * size instead of the average key's. Keys it does not hold are estimated by the average of the
 * rest. Immutable; {@link #with} gives a new sketch.
 *
 * @param largest at most {@link #CAPACITY} partition key values and how many items each holds
 */
public record PartitionSketch(Map<AttributeValue, Long> largest) {
  /** Keys kept: enough for the hot keys of skewed data, small enough to copy on every change. */
  public static final int CAPACITY = 16;

  /** A sketch that knows no key. */
  public static final PartitionSketch EMPTY = new PartitionSketch(Map.of());

  public PartitionSketch {
    if (largest.size() > CAPACITY) throw new IllegalArgumentException("a sketch keeps at most " + CAPACITY + " keys, not " + largest.size());
    largest = Map.copyOf(largest);
  }

  /** The items {@code key} holds, when the sketch knows it. */
  public OptionalLong itemsOf(AttributeValue key) {
    Long n = largest.get(key);
    return n == null ? OptionalLong.empty() : OptionalLong.of(n);
  }

  /** How many items the known keys hold together. */
  public long knownItems() {
    long sum = 0;
    for (long n : largest.values()) sum += n;
    return sum;
  }

  /**
   * This sketch with {@code key} holding {@code items} (replacing what it knew of the key); if that
   * makes more than {@link #CAPACITY} keys, the smallest is dropped, which may be this one.
   */
  public PartitionSketch with(AttributeValue key, long items) {
    // Every QUERY that reads a key whole reports it: most reports change nothing, and copy nothing.
    Long known = largest.get(key);
    if (known != null && known == items) return this;
    if (known == null && largest.size() == CAPACITY && items <= smallest()) return this;
    Map<AttributeValue, Long> next = new HashMap<>(largest);
    next.put(key, items);
    if (next.size() > CAPACITY) {
      next.remove(next.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder())).orElseThrow().getKey());
    }
    return new PartitionSketch(next);
  }

  private long smallest() {
    long min = Long.MAX_VALUE;
    for (long n : largest.values()) min = Math.min(min, n);
    return min;
  }

  /** This sketch with every entry of {@code sizes} added in turn (the largest are kept). */
  public PartitionSketch withAll(Map<AttributeValue, Long> sizes) {
    PartitionSketch s = this;
    for (Map.Entry<AttributeValue, Long> e : sizes.entrySet()) s = s.with(e.getKey(), e.getValue());
    return s;
  }
}
