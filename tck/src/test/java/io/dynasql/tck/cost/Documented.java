package io.dynasql.tck.cost;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a {@link Call} from AWS's pages alone, from the sizes of the items it touches (read from
 * the twin before the call, without using the engine's figures):
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html and
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html.
 * A GetItem rounds its item up to 4 KB (a miss costs the minimum); a BatchGetItem each item; a
 * Query or Scan sums the items it evaluates (before a filter, at most {@code Limit} of them) and
 * rounds up to 4 KB once; every read here is eventually consistent, half a unit per 4 KB. A write
 * costs one unit per started 1 KB of the larger of the old and new item on the table, and on each
 * index one per started 1 KB of each entry it deletes or writes (twice for a changed index key: a delete and a put,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations.Writes);
 * TransactWriteItems twice that
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-capacity-handling).
 */
final class Documented {
  private final Items items;

  Documented(Items items) {
    this.items = items;
  }

  Units price(List<Call> calls) {
    return Units.sum(calls, this::price);
  }

  Units price(Call call) {
    if (call instanceof Call.Get g) return Units.read(g.table(), null, half4k(Sizes.of(items.get(g.table(), g.key()))));
    if (call instanceof Call.BatchGet b) {
      double units = 0;
      for (var key : b.keys()) units += half4k(Sizes.of(items.get(b.table(), key)));
      return Units.read(b.table(), null, units);
    }
    if (call instanceof Call.Query q) return Units.read(q.table(), q.index(), half4k(total(items.evaluated(q))));
    if (call instanceof Call.Scan s) return Units.read(s.table(), null, half4k(total(items.evaluated(s))));
    if (call instanceof Call.Transact t) return write(t.writes()).times(2);
    if (call instanceof Call.BatchWrite b) return write(b.writes());
    return write(List.of(call));
  }

  /** Single-item writes, each priced against the item as it was before the call. */
  private Units write(List<Call> writes) {
    Units u = Units.none();
    for (Call w : writes) {
      Map<String, AttributeValue> key = items.key(w);
      Map<String, AttributeValue> old = items.get(w.table(), key);
      Map<String, AttributeValue> now = after(w, old);
      Map<String, Double> lines = new HashMap<>();
      lines.put(w.table(), kb(Math.max(Sizes.of(old), Sizes.of(now))));
      for (Map.Entry<String, List<String>> index : Fixture.indexes(w.table()).entrySet()) {
        double units = indexWrite(index.getValue(), old, now);
        if (units > 0) lines.put(Units.line(w.table(), index.getKey()), units);
      }
      u = u.plus(new Units(Map.of(), lines));
    }
    return u;
  }

  private static Map<String, AttributeValue> after(Call w, Map<String, AttributeValue> old) {
    if (w instanceof Call.Put p) return p.item();
    if (w instanceof Call.Update u) {
      Map<String, AttributeValue> now = new HashMap<>(old == null ? u.key() : old);
      now.putAll(u.set());
      return now;
    }
    return null;
  }

  /** An index written with the whole item (projection ALL): put, rewrite, move (two writes) or delete. */
  private static double indexWrite(List<String> keyNames, Map<String, AttributeValue> old, Map<String, AttributeValue> now) {
    List<AttributeValue> before = indexKey(keyNames, old);
    List<AttributeValue> after = indexKey(keyNames, now);
    if (before == null && after == null) return 0;
    if (before == null) return kb(Sizes.of(now));
    if (after == null) return kb(Sizes.of(old));
    // the entry is rewritten: priced by the entry written, the new one (the page prices the table's
    // own write by the larger of the old and new item, but an index write by the entry it writes)
    if (before.equals(after)) return old.equals(now) ? 0 : kb(Sizes.of(now));
    return kb(Sizes.of(old)) + kb(Sizes.of(now));
  }

  private static List<AttributeValue> indexKey(List<String> names, Map<String, AttributeValue> item) {
    if (item == null) return null;
    List<AttributeValue> key = new ArrayList<>();
    for (String n : names) {
      if (!item.containsKey(n)) return null;
      key.add(item.get(n));
    }
    return key;
  }

  private static int total(List<Map<String, AttributeValue>> evaluated) {
    return evaluated.stream().mapToInt(Sizes::of).sum();
  }

  /** Eventually consistent: half a unit per started 4 KB, at least one 4 KB. */
  private static double half4k(int bytes) {
    return 0.5 * Math.max(1, Math.ceil(bytes / 4096.0));
  }

  /** One write unit per started 1 KB, at least one. */
  private static double kb(int bytes) {
    return Math.max(1, Math.ceil(bytes / 1024.0));
  }
}
