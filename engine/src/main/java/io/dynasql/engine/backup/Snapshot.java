package io.dynasql.engine.backup;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.table.PhysicalKeys;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;

/**
 * A consistent copy of one table's items, read in a single LMDB read transaction: LMDB's readers
 * see one committed state and never block its writer, so writes go on while the copy is made.
 * (A whole-environment copy with compaction, LMDB's {@code mdb_env_copy2}, would copy every table
 * and the change log to restore one; a backup here is one table.) The file is written while the
 * transaction is open, so memory does not grow with the table.
 *
 * @param table the table as the transaction saw it
 * @param sequence the change log's last sequence number in that transaction: the copy holds every
 *     change up to it and none after
 * @param takenMicros the clock when the transaction began
 * @param itemCount items copied
 * @param sizeBytes their size, as DynamoDB counts it
 */
record Snapshot(TableDescriptor table, long sequence, long takenMicros, long itemCount, long sizeBytes) {

  /** Copies the items of table {@code name} into {@code itemsFile}. */
  static Snapshot take(Engine engine, String name, Path itemsFile) {
    return engine.store().read(txn -> {
      TableDescriptor t = engine.catalog().table(txn, name);
      long now = Micros.now(engine.clock());
      long sequence = LogCursor.lastSequence(engine.store(), txn);
      long count = 0;
      long bytes = 0;
      try (RecordFile.Writer out = new RecordFile.Writer(itemsFile);
          RangeCursor c = new RangeCursor(engine.store().data(), txn, keyspaceBytes(t.keyspace()),
              keyspaceBytes(t.keyspace() + 1), true)) {
        while (c.next()) {
          SizedItem item = ItemStore.decodeSized(t.name(), () -> PhysicalKeys.describe(c.key()), c.val(), null);
          out.add(ItemCodec.encode(item.item()));
          count++;
          bytes += item.size();
        }
      }
      return new Snapshot(t, sequence, now, count, bytes);
    });
  }

  static byte[] keyspaceBytes(int keyspace) {
    return new byte[] {(byte) (keyspace >>> 24), (byte) (keyspace >>> 16), (byte) (keyspace >>> 8), (byte) keyspace};
  }
}
