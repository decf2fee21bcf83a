package io.dynasql.engine.catalog;

import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.store.Scratch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.agrona.DirectBuffer;
import org.lmdbjava.CursorIterable;
import org.lmdbjava.Txn;

/**
 * The table descriptors, stored as JSON in the {@code catalog} database and cached in memory.
 * Every change writes a fresh random version token; a reader compares the committed token with
 * its cache and reloads on a difference, which also picks up changes made by another process.
 * A random token (not a counter) keeps an aborted change from ever matching a later one.
 */
public final class Catalog {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Every operation reads the version: keep its key's bytes instead of encoding them each time. */
  private static final byte[] VERSION_KEY = Meta.CATALOG_VERSION.getBytes(StandardCharsets.UTF_8);

  /**
   * The tables as of catalog {@code version}, which was read (or checked) in a read transaction
   * of LMDB transaction id {@code txnId}: any transaction with that id sees the same committed
   * data, so it needs no second look at the version. Every commit, in any process, takes a new id.
   */
  private record Snapshot(long version, long txnId, Map<String, TableDescriptor> tables) {}

  private final LmdbStore store;
  private final Meta meta;
  private volatile Snapshot cached = new Snapshot(Long.MIN_VALUE, -1, Map.of());

  public Catalog(LmdbStore store, Meta meta) {
    this.store = store;
    this.meta = meta;
  }

  /** All tables by name, as committed when {@code txn} began (sorted by name). */
  public Map<String, TableDescriptor> tables(Txn<DirectBuffer> txn) {
    Snapshot s = cached;
    long txnId = txn.isReadOnly() ? txn.getId() : -1;
    if (txnId != -1 && txnId == s.txnId()) return s.tables();
    long version = meta.get(txn, VERSION_KEY);
    if (s.version() == version) {
      if (txnId != -1 && txnId > s.txnId()) cached = new Snapshot(version, txnId, s.tables());
      return s.tables();
    }
    Map<String, TableDescriptor> loaded = load(txn);
    if (txnId != -1) cached = new Snapshot(version, txnId, loaded);
    return loaded;
  }

  /** The table, or ResourceNotFoundException naming it. */
  public TableDescriptor table(Txn<DirectBuffer> txn, String name) {
    TableDescriptor t = tables(txn).get(name);
    if (t == null) {
      throw new ResourceNotFoundException("Requested resource not found: Table: " + name + " not found");
    }
    return t;
  }

  /**
   * Fails with ResourceNotFoundException naming the table unless {@code resolved}, a descriptor
   * read in an earlier transaction, is still the table of that name with the same keyspace (and,
   * when {@code index} is given, that index with its keyspace): a statement reading page by page
   * must not end early on a dropped table, nor go on reading a new table created under its name.
   */
  public void checkCurrent(Txn<DirectBuffer> txn, TableDescriptor resolved, IndexDescriptor index) {
    TableDescriptor now = tables(txn).get(resolved.name());
    if (now == null || now.keyspace() != resolved.keyspace()) {
      throw new ResourceNotFoundException("Requested resource not found: Table: " + resolved.name()
          + (now == null ? " not found (dropped during the read)" : " was dropped and created again during the read"));
    }
    if (index != null && !hasIndex(now, index)) {
      throw new ResourceNotFoundException("Requested resource not found: Index: " + index.name()
          + " of table " + resolved.name() + " was removed during the read");
    }
  }

  private static boolean hasIndex(TableDescriptor t, IndexDescriptor index) {
    for (IndexDescriptor i : t.indexes()) {
      if (i.name().equals(index.name()) && i.keyspace() == index.keyspace()) return true;
    }
    return false;
  }

  private Map<String, TableDescriptor> load(Txn<DirectBuffer> txn) {
    TreeMap<String, TableDescriptor> out = new TreeMap<>();
    try (CursorIterable<DirectBuffer> it = store.catalog().iterate(txn)) {
      for (CursorIterable.KeyVal<DirectBuffer> kv : it) {
        TableDescriptor t = CatalogJson.read(Scratch.toArray(kv.val()));
        out.put(t.name(), t);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof io.dynasql.engine.error.DynamoException d) throw d;
      throw new io.dynasql.engine.error.DamagedDataException(
          "Catalog of " + store.directory() + " is unreadable: " + e.getMessage(), e);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Stores (creates or replaces) a descriptor inside a write transaction. */
  public void put(Txn<DirectBuffer> txn, TableDescriptor table) {
    try {
      byte[] value = CatalogJson.write(table);
      byte[] key = table.name().getBytes(StandardCharsets.UTF_8);
      Scratch s = Scratch.get();
      store.writes().put(store.catalog(), txn, s.view(0, key), s.view(1, value));
      bump(txn);
    } catch (IOException e) {
      throw new InternalServerError("Cannot write catalog entry for " + table.name(), e);
    }
  }

  /** Removes a descriptor inside a write transaction. */
  public void remove(Txn<DirectBuffer> txn, String name) {
    store.writes().delete(store.catalog(), txn, Scratch.get().view(0, name.getBytes(StandardCharsets.UTF_8)));
    bump(txn);
  }

  /** A new keyspace id, unique in this database. */
  public int allocateKeyspace(Txn<DirectBuffer> txn) {
    long id = meta.add(txn, Meta.NEXT_KEYSPACE, 1);
    return (int) id;
  }

  private void bump(Txn<DirectBuffer> txn) {
    long token;
    do {
      token = RANDOM.nextLong();
    } while (token == 0 || token == Long.MIN_VALUE);
    meta.put(txn, Meta.CATALOG_VERSION, token);
  }
}
