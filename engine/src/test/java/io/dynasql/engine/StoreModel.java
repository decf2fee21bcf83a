package io.dynasql.engine;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference for {@link ModelBasedRandomTest}: one table (string partition key {@code pk},
 * sort key {@code sk}) as plain maps, and its global indexes (all attributes projected) as the
 * attribute each is keyed on, with {@code sk} as their sort key.
 */
final class StoreModel {
  private final Comparator<AttributeValue> order;
  /** partition key -> sort key -> item. */
  private final Map<String, TreeMap<AttributeValue, Map<String, AttributeValue>>> items = new HashMap<>();
  /** index name -> the attribute it is partitioned on. */
  final Map<String, String> indexes = new LinkedHashMap<>();

  StoreModel(Comparator<AttributeValue> order) {
    this.order = order;
  }

  Map<String, AttributeValue> get(String pk, AttributeValue sk) {
    TreeMap<AttributeValue, Map<String, AttributeValue>> p = items.get(pk);
    return p == null ? null : p.get(sk);
  }

  void put(Map<String, AttributeValue> item) {
    String pk = ((AttributeValue.S) item.get("pk")).value();
    items.computeIfAbsent(pk, k -> new TreeMap<>(order)).put(item.get("sk"), Map.copyOf(item));
  }

  void delete(String pk, AttributeValue sk) {
    TreeMap<AttributeValue, Map<String, AttributeValue>> p = items.get(pk);
    if (p != null) p.remove(sk);
  }

  /** One partition's items in sort key order. */
  List<Map<String, AttributeValue>> partition(String pk) {
    TreeMap<AttributeValue, Map<String, AttributeValue>> p = items.get(pk);
    return p == null ? List.of() : new ArrayList<>(p.values());
  }

  /** One partition's items with {@code lo <= sk <= hi}, in sort key order. */
  List<Map<String, AttributeValue>> range(String pk, AttributeValue lo, AttributeValue hi) {
    TreeMap<AttributeValue, Map<String, AttributeValue>> p = items.get(pk);
    return p == null ? List.of() : new ArrayList<>(p.subMap(lo, true, hi, true).values());
  }

  /** Every item. */
  List<Map<String, AttributeValue>> all() {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (TreeMap<AttributeValue, Map<String, AttributeValue>> p : items.values()) out.addAll(p.values());
    return out;
  }

  /** The items an index on {@code attribute} holds (those that have it), by its value. */
  Map<AttributeValue, List<Map<String, AttributeValue>>> indexed(String attribute) {
    Map<AttributeValue, List<Map<String, AttributeValue>>> out = new HashMap<>();
    for (Map<String, AttributeValue> item : all()) {
      AttributeValue v = item.get(attribute);
      if (v != null) out.computeIfAbsent(v, k -> new ArrayList<>()).add(item);
    }
    return out;
  }
}
