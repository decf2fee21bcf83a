package io.dynasql.engine.table;

import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.store.Scratch;
import java.util.HashMap;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Items and their index entries in the {@code data} database. A write changes the item, every
 * index entry that depends on it, and the statistics, all in the caller's transaction, and
 * reports the index write units DynamoDB would charge for it.
 */
public final class ItemStore {
  private final Meta meta;
  private final Entries entries;

  public ItemStore(LmdbStore store, Meta meta) {
    this.meta = meta;
    this.entries = new Entries(store.data(), store.writes());
  }

  /** Keys too long for LMDB: how range bounds are translated to physical keys. */
  public LongKeys longKeys() {
    return entries.longKeys();
  }

  /**
   * What {@link #insert} did: the index units of the new item, or, when an item with the key
   * already existed, that item (and nothing was written).
   */
  public record Insert(Map<String, Double> indexUnits, Map<String, AttributeValue> existing) {}

  /** The item with this key, or null. Decoded before the transaction can end. */
  public Map<String, AttributeValue> get(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> key) {
    SizedItem item = getSized(txn, t, key);
    return item == null ? null : item.item();
  }

  /** The item with this key and its size, or null; for reads that charge capacity. */
  public SizedItem getSized(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> key) {
    DirectBuffer v = entries.get(txn, KeyBuilder.get().itemKey(t.keyspace(), t.keySchema(), key));
    if (v == null) return null;
    return decodeSized(t.name(), key::toString, v, null);
  }

  /** Decodes an item (or index entry) held in LMDB memory. */
  public static Map<String, AttributeValue> decode(DirectBuffer v) {
    return decodeSized(v).item();
  }

  /** Decodes an item (or index entry) held in LMDB memory, with its size. */
  public static SizedItem decodeSized(DirectBuffer v) {
    return decodeSized(v, null);
  }

  /** The same, decoding only the top-level attributes in {@code only} (all when null); the size is the whole item's. */
  public static SizedItem decodeSized(DirectBuffer v, java.util.Set<String> only) {
    byte[] copy = Scratch.get().copyOut(v);
    StoredValue.Parts parts = StoredValue.parts(copy, 0, v.capacity());
    return ItemCodec.decodeSized(copy, parts.bodyOff(), parts.bodyLen(), only, parts.version());
  }

  /**
   * The same, reporting a value that fails its checksum or does not decode as a
   * {@link DamagedDataException} naming the table and the key ({@code key} is only asked for
   * when the value is damaged).
   */
  public static SizedItem decodeSized(String table, java.util.function.Supplier<String> key, DirectBuffer v,
      java.util.Set<String> only) {
    try {
      return decodeSized(v, only);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new DamagedDataException("Damaged item in table " + table + " at key " + key.get() + ": " + e.getMessage(), e);
    }
  }

  /** {@link #decodeSized(String, java.util.function.Supplier, DirectBuffer, java.util.Set)} through a walk's {@code reader}. */
  public static SizedItem readSized(String table, java.util.function.Supplier<String> key, DirectBuffer v,
      io.dynasql.engine.codec.ItemReader reader) {
    try {
      return reader.read(v);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new DamagedDataException("Damaged item in table " + table + " at key " + key.get() + ": " + e.getMessage(), e);
    }
  }

  /** {@link #readSized} decoding into {@code reader}'s reused map ({@link io.dynasql.engine.codec.ItemReader#readInPlace}). */
  public static Map<String, AttributeValue> readInPlace(String table, java.util.function.Supplier<String> key, DirectBuffer v,
      io.dynasql.engine.codec.ItemReader reader) {
    try {
      return reader.readInPlace(v);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new DamagedDataException("Damaged item in table " + table + " at key " + key.get() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code item} over {@code old} (null when absent), maintaining indexes and statistics.
   * Returns the write units charged on each index, by index name.
   */
  public Map<String, Double> put(Txn<DirectBuffer> txn, TableDescriptor t,
      Map<String, AttributeValue> item, Map<String, AttributeValue> old, int newSize, int oldSize) {
    entries.put(txn, KeyBuilder.get().itemKey(t.keyspace(), t.keySchema(), item), item);
    count(t.keyspace(), old == null ? 1 : 0, newSize - oldSize);
    return updateIndexes(txn, t, old, item);
  }

  /**
   * Writes {@code item} (of {@code size} bytes) if no item has its key, with its index entries and
   * statistics: one B-tree descent where a get and a put take two. Otherwise writes nothing and
   * returns the existing item, for the caller to overwrite with {@link #put}.
   */
  public Insert insert(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> item, int size) {
    DirectBuffer existing = entries.insert(txn, KeyBuilder.get().itemKey(t.keyspace(), t.keySchema(), item), item);
    if (existing != null) {
      return new Insert(Map.of(), decodeSized(t.name(), () -> t.keySchema().keyOf(item).toString(), existing, null).item());
    }
    count(t.keyspace(), 1, size);
    return new Insert(updateIndexes(txn, t, null, item), null);
  }

  /** Deletes {@code old} (which must exist) and its index entries; returns index write units. */
  public Map<String, Double> delete(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> old, int oldSize) {
    ByteWriter k = KeyBuilder.get().itemKey(t.keyspace(), t.keySchema(), old);
    entries.delete(txn, k.buffer(), k.length());
    count(t.keyspace(), -1, -oldSize);
    return updateIndexes(txn, t, old, null);
  }

  private Map<String, Double> updateIndexes(Txn<DirectBuffer> txn, TableDescriptor t,
      Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
    if (t.indexes().isEmpty()) return Map.of();
    Map<String, Double> units = new HashMap<>();
    for (IndexDescriptor idx : t.indexes()) {
      units.put(idx.name(), writeIndex(txn, t, idx, oldItem, newItem));
    }
    return units;
  }

  /**
   * Moves one index entry from the old item's version to the new one. Charges as DynamoDB does:
   * nothing when the entry is unchanged, one write for an added, removed or rewritten entry, two
   * when the index key changed (delete old entry, put new one).
   */
  double writeIndex(Txn<DirectBuffer> txn, TableDescriptor t, IndexDescriptor idx,
      Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
    Map<String, AttributeValue> oldEntry = oldItem == null ? null : idx.project(oldItem, t.keySchema());
    Map<String, AttributeValue> newEntry = newItem == null ? null : idx.project(newItem, t.keySchema());
    if (oldEntry == null && newEntry == null) return 0;
    KeyBuilder kb = KeyBuilder.get();
    double units = 0;
    byte[] oldKey = null;
    if (oldEntry != null) {
      oldKey = kb.indexKey(idx.keyspace(), idx.keySchema(), t.keySchema(), oldEntry).toArray();
    }
    if (newEntry != null) {
      ByteWriter nk = kb.indexKey(idx.keyspace(), idx.keySchema(), t.keySchema(), newEntry);
      boolean sameKey = oldKey != null && java.util.Arrays.equals(oldKey, 0, oldKey.length, nk.buffer(), 0, nk.length());
      if (sameKey && newEntry.equals(oldEntry)) return 0;
      if (oldKey != null && !sameKey) {
        entries.delete(txn, oldKey, oldKey.length);
        units += CapacityRules.writeUnits(ItemSize.of(oldEntry));
      }
      entries.put(txn, kb.indexKey(idx.keyspace(), idx.keySchema(), t.keySchema(), newEntry), newEntry);
      int newSize = ItemSize.of(newEntry);
      units += CapacityRules.writeUnits(newSize);
      count(idx.keyspace(), oldKey == null ? 1 : 0, newSize - (oldEntry == null ? 0 : ItemSize.of(oldEntry)));
    } else {
      entries.delete(txn, oldKey, oldKey.length);
      int oldSize = ItemSize.of(oldEntry);
      units += CapacityRules.writeUnits(oldSize);
      count(idx.keyspace(), -1, -oldSize);
    }
    return units;
  }

  /** Adds one index's entry for an existing item (UpdateTable's backfill). */
  public void backfill(Txn<DirectBuffer> txn, TableDescriptor t, IndexDescriptor idx, Map<String, AttributeValue> item) {
    writeIndex(txn, t, idx, null, item);
  }

  private void count(int keyspace, int items, long bytes) {
    if (items != 0) meta.addLater(Meta.countKey(keyspace), items);
    if (bytes != 0) meta.addLater(Meta.bytesKey(keyspace), bytes);
  }
}
