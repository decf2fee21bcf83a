package io.dynasql.engine.check;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.store.file.FormatMarker;
import io.dynasql.engine.store.file.OpenCheck;
import io.dynasql.engine.table.KeyBuilder;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dynasql check}: reads every page, key and value of a database directory and reports what
 * is damaged: the file's own checks at open, damaged pages, values that fail their checksum,
 * index entries whose item is missing and items whose index entry is missing. Keeps the keys of
 * every item and index entry in memory while it runs.
 */
public final class Checker {
  /** What a check found. */
  public record Report(long items, long indexEntries, List<String> problems) {
    public boolean clean() { return problems.isEmpty(); }
  }

  private final List<String> problems = new ArrayList<>();
  private final Set<ByteBuffer> itemKeys = new HashSet<>();
  /** Index entries the items call for, with the item they belong to, for the report. */
  private final Map<ByteBuffer, String> expected = new HashMap<>();
  private final Map<ByteBuffer, Entry> found = new HashMap<>();
  private long items;
  private long indexEntries;

  private Checker() {}

  /** Checks {@code directory}; never maps or writes anything. */
  public static Report check(Path directory) {
    Checker c = new Checker();
    c.run(directory);
    return new Report(c.items, c.indexEntries, List.copyOf(c.problems));
  }

  private void run(Path directory) {
    try {
      if (OpenCheck.check(directory) == OpenCheck.State.UNMARKED) {
        problems.add("no " + FormatMarker.FILE + " (a database from before markers: opening it writes one)");
      }
    } catch (RuntimeException e) {
      problems.add(e.getMessage());
    }
    try (DataFile file = new DataFile(directory, problems::add)) {
      file.data(this::entry);
      file.meta();
    } catch (RuntimeException e) {
      problems.add(e.getMessage());
      return;
    }
    for (Map.Entry<ByteBuffer, String> e : expected.entrySet()) {
      if (!found.containsKey(e.getKey())) problems.add(e.getValue());
    }
    for (Entry e : found.values()) {
      ByteBuffer item = key(KeyBuilder.get().itemKey(e.table().keyspace(), e.table().keySchema(), e.item()));
      if (!itemKeys.contains(item)) {
        problems.add("index " + e.index().name() + " of table " + e.table().name() + " has an entry for item "
            + e.table().keySchema().keyOf(e.item()) + ", which does not exist (or is damaged)");
      }
    }
  }

  private void entry(Entry e) {
    if (e.index() != null) {
      indexEntries++;
      found.put(ByteBuffer.wrap(e.key()), e);
      return;
    }
    items++;
    itemKeys.add(ByteBuffer.wrap(e.key()));
    for (IndexDescriptor i : e.table().indexes()) {
      if (!hasKey(i.keySchema(), e.item())) continue; // sparse: no entry expected
      ByteBuffer k = key(KeyBuilder.get().indexKey(i.keyspace(), i.keySchema(), e.table().keySchema(), e.item()));
      expected.put(k, "item " + e.table().keySchema().keyOf(e.item()) + " of table " + e.table().name()
          + " has no entry in index " + i.name());
    }
  }

  private static boolean hasKey(KeySchema k, Map<String, AttributeValue> item) {
    return item.containsKey(k.partitionKey()) && (!k.hasSortKey() || item.containsKey(k.sortKey()));
  }

  private static ByteBuffer key(io.dynasql.engine.codec.ByteWriter w) {
    return ByteBuffer.wrap(Arrays.copyOf(w.buffer(), w.length()));
  }
}
