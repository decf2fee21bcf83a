package io.dynasql.pushdown;

import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;

/**
 * The store reads of a lookup join: its outer rows' distinct keys turned into one access of the
 * inner table (a BATCH_GET of 100 keys a call, or a QUERY per partition key), labelled in the
 * statement's report like any other access, reading the transaction's own writes, and stopping at
 * a cancel or timeout between calls.
 */
final class LookupReads {
  private LookupReads() {}

  /** The inner items the keys of {@code outer} find (each key asked once); none when no key can match. */
  static List<Map<String, AttributeValue>> read(LookupSpec spec, List<Object[]> outer, DataContext root,
      AccessReport report, AtomicBoolean cancel) {
    DynamoSource source = spec.source();
    LookupPath path = spec.path();
    Binder binder = Binder.of(root, source);
    ItemStream items;
    if (path.sort() == null) {
      Set<AttributeValue> partitions = new LinkedHashSet<>();
      for (Object[] row : outer) {
        AttributeValue v = attribute(source, path.partition(), row);
        if (v != null) partitions.add(v);
      }
      if (partitions.isEmpty()) return List.of();
      items = ItemStream.open(source, path.withPartitions(new ArrayList<>(partitions)), binder, report, cancel);
    } else {
      Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
      for (Object[] row : outer) {
        AttributeValue pk = attribute(source, path.partition(), row);
        AttributeValue sk = attribute(source, path.sort(), row);
        if (pk != null && sk != null) keys.add(Map.of(path.partition().attribute(), pk, path.sort().attribute(), sk));
      }
      if (keys.isEmpty()) return List.of();
      AccessPath label = path.asAccessPath();
      items = ItemStream.over(source, label, binder, report, cancel, (readSet, pending) -> {
        Condition filter = label.filter() == null ? null : label.filter().bind(binder);
        if (label.filter() != null && filter == null) return () -> null; // a NULL parameter: nothing matches
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> mine = pending == null ? Map.of() : pending.of(label.table());
        return KeyedSources.batchGet(source, new ArrayList<>(keys), filter, readSet, mine);
      });
    }
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (Iterator<Map<String, AttributeValue>> it = items.iterator(); it.hasNext(); ) {
      found.add(it.next());
      items.returned(found.size());
    }
    return found;
  }

  /** The store value of the outer row's column for {@code key}, or null when it has none (it matches nothing). */
  private static AttributeValue attribute(DynamoSource source, LookupKey key, Object[] row) {
    Object v = row[key.outerField()];
    return v == null ? null : source.toAttribute(key.innerField(), v);
  }
}
