package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.PartitionSketch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The partition key groups of the Scan pages of a key sample. A Scan walks the store's hash
 * partitions and, inside one, whole partition keys in key order, so a page is a run of complete
 * groups drawn without regard to their size, except the last, which may go on past the page. That
 * last group is counted to its end when it is already at least {@link #HOT} times the page's
 * average group, or the page holds nothing else (a hot key the sample ran into: its size is what
 * the sketch is for); otherwise it is left out. Hot groups (counted ones, and those at least
 * {@link #HOT} times the median) are kept out of the ordinary average.
 */
final class SampledKeys {
  /** How many times the typical group a group must be to count as hot. */
  static final int HOT = 2;

  private final Map<AttributeValue, Long> sizes = new LinkedHashMap<>();
  private final Set<AttributeValue> counted = new HashSet<>();

  /** Adds the groups of {@code page}; {@code counter} counts a partition key's entries to its end. */
  void add(PageResponse page, String partitionKey, ToLongFunction<AttributeValue> counter) {
    Map<AttributeValue, Long> groups = new LinkedHashMap<>();
    AttributeValue last = null;
    for (Map<String, AttributeValue> entry : page.items()) {
      last = entry.get(partitionKey);
      groups.merge(last, 1L, Long::sum);
    }
    if (page.lastEvaluatedKey() != null && last != null) {
      long cut = groups.remove(last);
      double average = groups.values().stream().mapToLong(Long::longValue).average().orElse(0);
      if (groups.isEmpty() || cut >= HOT * average) {
        groups.put(last, counter.applyAsLong(last));
        counted.add(last);
      }
    }
    groups.forEach((k, n) -> sizes.merge(k, n, Math::max)); // pages of two segments may meet in one group
  }

  /** The keys whose groups are not hot. */
  private List<AttributeValue> ordinary() {
    List<Long> plain = new ArrayList<>();
    for (Map.Entry<AttributeValue, Long> e : sizes.entrySet()) if (!counted.contains(e.getKey())) plain.add(e.getValue());
    if (plain.isEmpty()) return List.of();
    plain.sort(Comparator.naturalOrder());
    long median = plain.get(plain.size() / 2);
    List<AttributeValue> keys = new ArrayList<>();
    for (Map.Entry<AttributeValue, Long> e : sizes.entrySet()) {
      boolean hot = counted.contains(e.getKey()) || (e.getValue() >= HOT * median && e.getValue() > median);
      if (!hot) keys.add(e.getKey());
    }
    return keys;
  }

  /** How many groups seen are not hot: what the average of an ordinary key rests on. */
  int ordinaryGroups() {
    return ordinary().size();
  }

  /** The largest groups seen, as many as a sketch keeps. */
  PartitionSketch largest() {
    List<Map.Entry<AttributeValue, Long>> bySize = new ArrayList<>(sizes.entrySet());
    bySize.sort(Map.Entry.<AttributeValue, Long>comparingByValue(Comparator.reverseOrder()));
    Map<AttributeValue, Long> top = new LinkedHashMap<>();
    for (Map.Entry<AttributeValue, Long> e : bySize.subList(0, Math.min(PartitionSketch.CAPACITY, bySize.size()))) {
      top.put(e.getKey(), e.getValue());
    }
    return new PartitionSketch(top);
  }

  /**
   * The average size of the keys outside {@code sketch}: the ordinary groups it does not hold,
   * else every ordinary group, else every group; {@code items} when no group was seen.
   */
  double ordinaryPerKey(PartitionSketch sketch, long items) {
    List<AttributeValue> plain = ordinary();
    if (plain.isEmpty()) plain = new ArrayList<>(sizes.keySet());
    if (plain.isEmpty()) return Math.max(1, items);
    List<AttributeValue> outside = new ArrayList<>();
    for (AttributeValue k : plain) if (sketch.itemsOf(k).isEmpty()) outside.add(k);
    List<AttributeValue> use = outside.isEmpty() ? plain : outside;
    return Math.max(1, use.stream().mapToLong(sizes::get).average().orElse(1));
  }
}
