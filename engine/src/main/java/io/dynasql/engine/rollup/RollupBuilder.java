package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.table.PhysicalKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Computes a view's groups from a scan of its base table, and makes the view table hold exactly
 * them: at CREATE (the table is empty) and at REFRESH (groups that no longer exist are deleted).
 * Runs in one write transaction, so no write to the base can slip between the scan and the rows.
 */
final class RollupBuilder {
  private RollupBuilder() {}

  /** Every group of {@code base}'s items, by group key. Reads only. */
  static Map<String, GroupRow> groups(Engine engine, Txn<DirectBuffer> txn, TableDescriptor base, RollupInfo view) {
    Map<String, GroupRow> groups = new LinkedHashMap<>();
    try (RangeCursor c = keyspace(engine, txn, base.keyspace())) {
      while (c.next()) {
        Map<String, AttributeValue> item = ItemStore.decodeSized(base.name(), () -> PhysicalKeys.describe(c.key()),
            c.val(), null).item();
        groups.computeIfAbsent(GroupKey.of(item, view.groupBy()), GroupRow::empty).add(view, item, 1);
      }
    }
    return groups;
  }

  /** The group keys the view table holds now. Reads only. */
  static List<String> storedKeys(Engine engine, Txn<DirectBuffer> txn, TableDescriptor viewTable) {
    List<String> keys = new ArrayList<>();
    try (RangeCursor c = keyspace(engine, txn, viewTable.keyspace())) {
      while (c.next()) {
        Map<String, AttributeValue> item = ItemStore.decodeSized(viewTable.name(), () -> PhysicalKeys.describe(c.key()),
            c.val(), null).item();
        keys.add(((AttributeValue.S) item.get(GroupKey.ATTRIBUTE)).value());
      }
    }
    return keys;
  }

  /** Writes {@code groups} into the view table and deletes the items of {@code stale} keys not among them. */
  static void write(Engine engine, Txn<DirectBuffer> txn, TableDescriptor viewTable, RollupInfo view,
      Map<String, GroupRow> groups, List<String> stale) {
    ViewRows rows = new ViewRows(engine, viewTable, view);
    for (String key : stale) {
      if (!groups.containsKey(key)) rows.store(txn, GroupRow.empty(key));
    }
    for (GroupRow g : groups.values()) rows.store(txn, g);
  }

  private static RangeCursor keyspace(Engine engine, Txn<DirectBuffer> txn, int keyspace) {
    return new RangeCursor(engine.store().data(), txn, intBytes(keyspace), intBytes(keyspace + 1), true);
  }

  private static byte[] intBytes(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
