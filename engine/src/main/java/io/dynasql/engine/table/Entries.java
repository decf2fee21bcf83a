package io.dynasql.engine.table;

import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.Scratch;
import io.dynasql.engine.store.Writes;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.Txn;

/**
 * Entries of the {@code data} database addressed by their full keys: a short key is its own
 * physical key (one LMDB call, as before long keys existed); a long one goes through
 * {@link LongKeys}, and its value records the full key.
 */
final class Entries {
  private final Dbi<DirectBuffer> data;
  private final Writes writes;
  private final LongKeys longKeys;
  private final ByteWriter value = new ByteWriter(1024);

  Entries(Dbi<DirectBuffer> data, Writes writes) {
    this.data = data;
    this.writes = writes;
    this.longKeys = new LongKeys(data, writes);
  }

  LongKeys longKeys() {
    return longKeys;
  }

  /** The value stored for the full key {@code k}, or null. */
  DirectBuffer get(Txn<DirectBuffer> txn, ByteWriter k) {
    if (!LongKeys.isLong(k.length())) return data.get(txn, Scratch.get().view(0, k.buffer(), k.length()));
    byte[] stored = longKeys.find(txn, k.toArray());
    return stored == null ? null : data.get(txn, Scratch.get().view(0, stored));
  }

  /** Writes {@code item} under the full key {@code k}, over any entry there. */
  void put(Txn<DirectBuffer> txn, ByteWriter k, Map<String, AttributeValue> item) {
    Scratch s = Scratch.get();
    value.reset();
    if (!LongKeys.isLong(k.length())) {
      StoredValue.encode(item, txn.getId(), value);
      writes.put(data, txn, s.view(0, k.buffer(), k.length()), s.view(1, value.buffer(), value.length()));
      return;
    }
    byte[] full = k.toArray();
    byte[] stored = longKeys.place(txn, full).stored();
    StoredValue.encode(item, txn.getId(), full, full.length, value);
    writes.put(data, txn, s.view(0, stored), s.view(1, value.buffer(), value.length()));
  }

  /**
   * Writes {@code item} under the full key {@code k} unless an entry is there; returns that
   * entry's value (and writes nothing), or null when written.
   */
  DirectBuffer insert(Txn<DirectBuffer> txn, ByteWriter k, Map<String, AttributeValue> item) {
    Scratch s = Scratch.get();
    value.reset();
    if (!LongKeys.isLong(k.length())) {
      StoredValue.encode(item, txn.getId(), value);
      boolean written = writes.putIfAbsent(data, txn, s.view(0, k.buffer(), k.length()), s.view(1, value.buffer(), value.length()));
      return written ? null : txn.val();
    }
    byte[] full = k.toArray();
    LongKeys.Slot slot = longKeys.place(txn, full);
    if (slot.existed()) return data.get(txn, s.view(0, slot.stored()));
    StoredValue.encode(item, txn.getId(), full, full.length, value);
    writes.put(data, txn, s.view(0, slot.stored()), s.view(1, value.buffer(), value.length()));
    return null;
  }

  /** Deletes the entry of the full key {@code k[0..len)}, if any. */
  void delete(Txn<DirectBuffer> txn, byte[] k, int len) {
    if (!LongKeys.isLong(len)) {
      writes.delete(data, txn, Scratch.get().view(0, k, len));
      return;
    }
    byte[] stored = longKeys.find(txn, java.util.Arrays.copyOf(k, len));
    if (stored != null) writes.delete(data, txn, Scratch.get().view(0, stored));
  }
}
