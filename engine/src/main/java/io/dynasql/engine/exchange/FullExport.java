package io.dynasql.engine.exchange;

import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a table's items as of one time into one data file per logical partition (DynamoDB
 * writes at least one file per partition, empty ones included). The items are read in one LMDB
 * read transaction, so the export is a consistent snapshot; for a time in the past, items
 * changed since are replaced by their image at that time from the change log.
 */
final class FullExport {
  private FullExport() {}

  /** The result: the files written and the total item count and size. */
  record Written(DataFile[] files, long items, long bytes) {}

  static Written write(Engine engine, TableDescriptor t, Long pastMicros, Path dataDir, String keyPrefix,
      ExportFormat format) throws IOException {
    DataFile[] files = new DataFile[t.partitions()];
    String ext = format == ExportFormat.ION ? ".ion.gz" : ".json.gz";
    for (int i = 0; i < files.length; i++) {
      String name = ExchangeIds.fileName() + ext;
      files[i] = new DataFile(dataDir.resolve(name), keyPrefix + name, format);
    }
    long[] totals = new long[2];
    try {
      engine.store().read(txn -> {
        Map<Map<String, AttributeValue>, LogWindow.Net> since = pastMicros == null ? Map.of()
            : new java.util.HashMap<>(LogWindow.changes(engine.store(), txn, t, pastMicros, Long.MAX_VALUE));
        byte[] low = ByteBuffer.allocate(4).putInt(t.keyspace()).array();
        byte[] high = ByteBuffer.allocate(4).putInt(t.keyspace() + 1).array();
        try (RangeCursor c = engine.store().range(txn, low, high, true)) {
          while (c.next()) {
            Map<String, AttributeValue> item = ItemStore.decode(c.val());
            if (!since.isEmpty()) {
              LogWindow.Net net = since.remove(t.keySchema().keyOf(item));
              if (net != null) item = net.before();
            }
            if (item != null) add(t, files, item, totals);
          }
        }
        // Items that existed then and have been deleted since.
        for (LogWindow.Net net : since.values()) {
          if (net.before() != null) add(t, files, net.before(), totals);
        }
        return null;
      });
    } catch (Unchecked e) {
      throw e.getCause();
    } finally {
      for (DataFile f : files) f.close();
    }
    return new Written(files, totals[0], totals[1]);
  }

  private static void add(TableDescriptor t, DataFile[] files, Map<String, AttributeValue> item, long[] totals) {
    try {
      files[ChangeLog.partitionOf(t, t.keySchema().keyOf(item))].write(null, Map.of("Item", item));
    } catch (IOException e) {
      throw new Unchecked(e);
    }
    totals[0]++;
    totals[1] += ItemSize.of(item);
  }

  /** Carries an IOException out of the read transaction's lambda. */
  static final class Unchecked extends RuntimeException {
    Unchecked(IOException e) {
      super(e);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
