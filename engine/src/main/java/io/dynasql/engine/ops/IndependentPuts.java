package io.dynasql.engine.ops;

import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The one-pass form of {@link AtomicWrites}' run, for a write whose actions cannot cancel or see
 * one another: every action a put, a false condition skipping its put instead of cancelling the
 * write (the SQL layer's INSERT batch, BatchWriteItem's semantics), no item named twice (prepare
 * refuses it) and no table with a materialized view (one put's change writes the view's group
 * items, which another action could target). Checking every condition before the first write
 * then decides exactly what checking each just before its own write does, and each put takes one
 * B-tree descent ({@link ItemWrites#apply} inserts first) instead of a get and then a put.
 */
final class IndependentPuts {
  private IndependentPuts() {}

  /** Whether {@link #run} gives the two-phase run's answer for these actions. */
  static boolean apply(List<ItemWrites.Write> prepared, boolean skipFailed) {
    if (!skipFailed) return false;
    for (ItemWrites.Write w : prepared) {
      if (w.kind() != ItemWrites.Kind.PUT || !w.table().rollups().isEmpty()) return false;
    }
    return true;
  }

  /** Writes each put whose condition holds, in order; the others are skipped and charged as refused. */
  static AtomicWriteResponse run(ItemWrites writes, Txn<DirectBuffer> txn, List<ItemWrites.Write> prepared) {
    Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();
    List<Integer> skipped = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < prepared.size(); i++) {
      ItemWrites.Write w = prepared.get(i);
      try {
        ItemWrites.Result r = writes.apply(txn, w, w.table());
        byTable.merge(r.capacity().tableName(), r.capacity(), ConsumedCapacity::plus);
        bytes += Math.max(size(r.oldItem()), w.size()); // a put writes its validated item
      } catch (ConditionalCheckFailedException e) { // nothing of this put was written
        skipped.add(i);
        e.consumedCapacity().ifPresent(cc -> byTable.merge(cc.tableName(), cc, ConsumedCapacity::plus));
      }
    }
    return new AtomicWriteResponse(prepared.size() - skipped.size(), skipped.size(), bytes,
        new ArrayList<>(byTable.values()), skipped);
  }

  private static int size(Map<String, AttributeValue> item) {
    return item == null ? 0 : ItemSize.of(item);
  }
}
