package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.PartitionSketch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The partition key groups of one Scan page of keys. A Scan walks the store's hash partitions and,
 * inside one, whole partition keys in key order, so the page is a run of complete groups drawn
 * without regard to their size, except the last, which may go on past the page. That last group is
 * counted to its end when it is already at least {@link #HOT} times the average group (a hot key
 * the sample ran into: its size is what the sketch is for); otherwise it is left out.
 *
 * @param sizes items of each complete group, in scan order
 */
record SampledKeys(Map<AttributeValue, Long> sizes) {
  /** How many times the average group a cut-off group must be to be counted to its end. */
  static final int HOT = 2;

  /** The groups of {@code page}; {@code counter} counts a partition key's entries to its end. */
  static SampledKeys read(PageResponse page, String partitionKey, ToLongFunction<AttributeValue> counter) {
    Map<AttributeValue, Long> sizes = new LinkedHashMap<>();
    AttributeValue last = null;
    for (Map<String, AttributeValue> entry : page.items()) {
      AttributeValue pk = entry.get(partitionKey);
      sizes.merge(pk, 1L, Long::sum);
      last = pk;
    }
    if (page.lastEvaluatedKey() != null && last != null) {
      long cut = sizes.remove(last);
      double average = sizes.isEmpty() ? 0 : sizes.values().stream().mapToLong(Long::longValue).average().orElse(0);
      if (sizes.isEmpty() || cut >= HOT * average) sizes.put(last, counter.applyAsLong(last));
    }
    return new SampledKeys(sizes);
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
   * The average size of the groups the sketch does not keep (all groups when it keeps them all),
   * at least one item; {@code items} when the page saw no group.
   */
  double ordinaryPerKey(long items) {
    if (sizes.isEmpty()) return Math.max(1, items);
    List<Long> bySize = new ArrayList<>(sizes.values());
    bySize.sort(Comparator.reverseOrder());
    List<Long> rest = bySize.size() > PartitionSketch.CAPACITY ? bySize.subList(PartitionSketch.CAPACITY, bySize.size()) : bySize;
    return Math.max(1, rest.stream().mapToLong(Long::longValue).average().orElse(1));
  }
}
