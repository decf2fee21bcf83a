package io.dynasql.engine.exchange;

import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportViewType;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the changes of a window from the change log: one record per changed item, with the time
 * of its last change ({@code Metadata.WriteTimestampMicros}), its key, its image at the end of
 * the window ({@code NewImage}, absent when deleted) and, with NEW_AND_OLD_IMAGES, its image at
 * the start ({@code OldImage}, absent when created). An item created and deleted inside the window
 * was never there at either end, and is left out.
 */
final class IncrementalExport {
  private IncrementalExport() {}

  static FullExport.Written write(Engine engine, TableDescriptor t, long fromMicros, long toMicros,
      ExportViewType view, Path dataDir, String keyPrefix, ExportFormat format) throws IOException {
    DataFile[] files = new DataFile[t.partitions()];
    String ext = format == ExportFormat.ION ? ".ion.gz" : ".json.gz";
    for (int i = 0; i < files.length; i++) {
      String name = ExchangeIds.fileName() + ext;
      files[i] = new DataFile(dataDir.resolve(name), keyPrefix + name, format);
    }
    long items = 0;
    long bytes = 0;
    try {
      Map<Map<String, AttributeValue>, LogWindow.Net> changes =
          engine.store().read(txn -> LogWindow.changes(engine.store(), txn, t, fromMicros, toMicros));
      for (Map.Entry<Map<String, AttributeValue>, LogWindow.Net> e : changes.entrySet()) {
        LogWindow.Net net = e.getValue();
        if (net.before() == null && net.after() == null) continue;
        Map<String, Map<String, AttributeValue>> record = new LinkedHashMap<>();
        record.put("Keys", e.getKey());
        record.put("NewImage", net.after());
        if (view == ExportViewType.NEW_AND_OLD_IMAGES) record.put("OldImage", net.before());
        files[ChangeLog.partitionOf(t, e.getKey())].write(net.lastMicros(), record);
        items++;
        bytes += net.after() != null ? ItemSize.of(net.after()) : ItemSize.of(e.getKey());
      }
    } finally {
      for (DataFile f : files) f.close();
    }
    return new FullExport.Written(files, items, bytes);
  }
}
