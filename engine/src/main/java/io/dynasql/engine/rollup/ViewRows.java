package io.dynasql.engine.rollup;

import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/** Reads and writes one view's group items in a write transaction, keeping the table's statistics. */
final class ViewRows {
  private final Engine engine;
  private final TableDescriptor table;
  private final RollupInfo view;

  ViewRows(Engine engine, TableDescriptor table, RollupInfo view) {
    this.engine = engine;
    this.table = table;
    this.view = view;
  }

  /** The stored item of group {@code key}, or null. */
  Map<String, AttributeValue> stored(Txn<DirectBuffer> txn, String key) {
    return engine.items().get(txn, table, Map.of(GroupKey.ATTRIBUTE, new AttributeValue.S(key)));
  }

  /** The group {@code key} as stored, or an empty one. */
  GroupRow load(Txn<DirectBuffer> txn, String key) {
    Map<String, AttributeValue> item = stored(txn, key);
    return item == null ? GroupRow.empty(key) : GroupRow.of(view, item);
  }

  /**
   * Writes the group, or deletes its item when its count is 0; writes nothing when nothing changed.
   * Returns the write units that write costs, as DynamoDB charges an UpdateItem or DeleteItem of
   * the group item: one per KB of the larger of the item before and after; 0 when nothing was written.
   */
  double store(Txn<DirectBuffer> txn, GroupRow g) {
    Map<String, AttributeValue> old = stored(txn, g.key());
    int oldSize = old == null ? 0 : ItemSize.of(old);
    if (g.count() <= 0) {
      if (old == null) return 0;
      engine.items().delete(txn, table, old, oldSize);
      return CapacityRules.writeUnits(oldSize);
    }
    Map<String, AttributeValue> item = g.toItem(view);
    if (item.equals(old)) return 0;
    int size = ItemSize.of(item);
    engine.items().put(txn, table, item, old, size, oldSize);
    return CapacityRules.writeUnits(Math.max(size, oldSize));
  }
}
