package io.dynasql.engine.check;

import io.dynasql.engine.catalog.CatalogJson;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.file.DbRecord;
import io.dynasql.engine.store.file.LmdbFile;
import io.dynasql.engine.store.file.NamedDbs;
import io.dynasql.engine.store.file.OpenCheck;
import io.dynasql.engine.store.file.TreeWalk;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import io.dynasql.engine.store.file.Page;

/**
 * A dynasql data file read with {@link TreeWalk}: its catalog, then every entry of its data
 * database decoded and checksum-verified, each problem reported as one line of text.
 */
final class DataFile implements AutoCloseable {
  private final LmdbFile file;
  private final Consumer<String> problems;
  private final Map<String, DbRecord> dbs;
  private final Map<String, TableDescriptor> tables = new LinkedHashMap<>();
  private final Map<Integer, TableDescriptor> tableOf = new java.util.HashMap<>();
  private final Map<Integer, IndexDescriptor> indexOf = new java.util.HashMap<>();
  /** Every page some tree walk reached. */
  private final Set<Long> reached = new HashSet<>();

  DataFile(Path directory, Consumer<String> problems) {
    this.file = LmdbFile.open(directory.resolve(OpenCheck.DATA_FILE));
    this.problems = problems;
    if (file.length() < file.meta().requiredLength()) {
      problems.accept(String.format(java.util.Locale.ROOT, "data.mdb is %,d bytes but its last committed page ends at %,d:"
          + " the file was truncated (pages past its end are lost)", file.length(), file.meta().requiredLength()));
    }
    this.dbs = NamedDbs.read(file);
    for (String name : new String[] {"catalog", "data", "meta"}) {
      if (!dbs.containsKey(name)) problems.accept("the '" + name + "' database is missing");
    }
    readCatalog();
  }

  Map<String, TableDescriptor> tables() { return tables; }

  private void readCatalog() {
    walk("catalog", (key, value) -> {
      try {
        TableDescriptor t = CatalogJson.read(value);
        tables.put(t.name(), t);
        tableOf.put(t.keyspace(), t);
        for (IndexDescriptor i : t.indexes()) {
          tableOf.put(i.keyspace(), t);
          indexOf.put(i.keyspace(), i);
        }
      } catch (Exception e) {
        problems.accept("catalog entry '" + new String(key, StandardCharsets.UTF_8) + "' is unreadable: " + e.getMessage());
      }
    });
  }

  /** Walks the data database, passing each readable entry to {@code out}; true when no page was damaged. */
  boolean data(Consumer<Entry> out) {
    return walk("data", (key, value) -> decode(key, value, out, true)) == 0;
  }

  /**
   * Entries on leaf pages that no tree walk reached and that the free list does not hold: the
   * pages under a damaged branch page. Reading them is how salvage loses only the damaged pages.
   */
  void orphans(Consumer<Entry> out) {
    Set<Long> skip = new HashSet<>(reached);
    skip.addAll(freePages());
    for (long pgno = 2; pgno <= file.meta().lastPage() && (pgno + 1) * file.pageSize() <= file.length(); pgno++) {
      if (skip.contains(pgno)) continue;
      try {
        Page page = file.page(pgno);
        if (!page.isLeaf()) continue;
        int n = page.check(Page.P_LEAF);
        for (int i = 0; i < n; i++) {
          Page.Node node = page.node(i);
          if (!node.bigData() && !node.subData()) decode(node.key(), node.data(), out, false);
        }
      } catch (RuntimeException e) {
        // a page that is not a valid leaf holds nothing to salvage
      }
    }
  }

  /** Page numbers the free list holds (its values are LMDB ID lists: a count, then page numbers). */
  private Set<Long> freePages() {
    Set<Long> free = new HashSet<>();
    walkTree("free list", file.meta().free(), (key, value) -> {
      ByteBuffer b = ByteBuffer.wrap(value).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      long n = value.length >= 8 ? b.getLong(0) : 0;
      for (int i = 1; i <= n && (i + 1) * 8 <= value.length; i++) free.add(b.getLong(i * 8));
    });
    return free;
  }

  /** Decodes one entry; problems of orphaned entries are not reported (their damaged page already is). */
  private void decode(byte[] key, byte[] value, Consumer<Entry> out, boolean report) {
    {
      int keyspace = key.length >= 4 ? ByteBuffer.wrap(key).getInt() : -1;
      TableDescriptor t = tableOf.get(keyspace);
      if (t == null) {
        if (report) problems.accept("data key " + hex(key) + " is in keyspace " + keyspace + ", which no table or index has");
        return;
      }
      IndexDescriptor index = indexOf.get(keyspace);
      String where = (index == null ? "table " + t.name() : "index " + index.name() + " of table " + t.name())
          + " at key " + hex(key);
      try {
        StoredValue.Parts p = StoredValue.parts(value, 0, value.length);
        Map<String, AttributeValue> item = ItemCodec.decodeSized(value, p.bodyOff(), p.bodyLen()).item();
        // a long key's physical key is a prefix and a label: the full key is in the value
        byte[] full = p.hasFullKey() ? java.util.Arrays.copyOfRange(value, p.keyOff(), p.keyOff() + p.keyLen()) : key;
        out.accept(new Entry(t, index, full, item));
      } catch (RuntimeException e) {
        if (report) problems.accept("damaged value in " + where + ": " + e.getMessage());
      }
    }
  }

  /** The meta database's counters, by name (item counts and bytes per keyspace). */
  Map<String, Long> meta() {
    Map<String, Long> out = new HashMap<>();
    walk("meta", (key, value) -> {
      if (value.length == 8) out.put(new String(key, StandardCharsets.UTF_8), ByteBuffer.wrap(value).order(java.nio.ByteOrder.nativeOrder()).getLong());
    });
    return out;
  }

  private int walk(String db, BiConsumer<byte[], byte[]> entry) {
    DbRecord r = dbs.get(db);
    return r == null ? 0 : walkTree("'" + db + "' database", r, entry);
  }

  /** Walks one tree; returns the number of damaged pages and entries found. */
  private int walkTree(String what, DbRecord r, BiConsumer<byte[], byte[]> entry) {
    int[] damaged = {0};
    TreeWalk w = new TreeWalk(file, new TreeWalk.Visitor() {
      @Override
      public void entry(byte[] key, byte[] value) {
        entry.accept(key, value);
      }

      @Override
      public void damaged(long pgno, byte[] key, String problem) {
        damaged[0]++;
        problems.accept("the " + what + "'s page " + pgno + " " + problem
            + (key == null ? " (what it holds is lost)" : " (key " + hex(key) + ")"));
      }
    });
    w.walk(r);
    reached.addAll(w.reached());
    return damaged[0];
  }

  static String hex(byte[] key) {
    return "0x" + HexFormat.of().formatHex(key);
  }

  @Override
  public void close() {
    file.close();
  }
}
