package io.dynasql.engine.changelog;

import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Scratch;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The change log's head in the {@code meta} database: the last sequence number given and the
 * last commit time. Sequence numbers are global, so they stay strictly increasing across tables,
 * across deletes and trims, and across processes sharing the database (the head is read in the
 * writer's transaction). Commit times never go backwards even if the clock does.
 */
final class LogHead {
  private static final byte[] KEY = "changelog.head".getBytes(StandardCharsets.UTF_8);

  private final LmdbStore store;
  /** The transaction the cached head belongs to (writer thread only). */
  private Txn<DirectBuffer> txn;
  private long lastSequence;
  private long lastMicros;

  LogHead(LmdbStore store) {
    this.store = store;
  }

  long nextSequence(Txn<DirectBuffer> t) {
    load(t);
    return lastSequence + 1;
  }

  long nextMicros(Txn<DirectBuffer> t, long clockMicros) {
    load(t);
    return Math.max(clockMicros, lastMicros);
  }

  void advance(Txn<DirectBuffer> t, long sequence, long micros) {
    lastSequence = sequence;
    lastMicros = micros;
    byte[] v = ByteBuffer.allocate(16).putLong(sequence).putLong(micros).array();
    Scratch s = Scratch.get();
    store.writes().put(store.meta(), t, s.view(0, KEY), s.view(1, v));
  }

  /** Moves the head's time to {@code micros} without giving a sequence number. */
  void advanceTime(Txn<DirectBuffer> t, long micros) {
    load(t);
    advance(t, lastSequence, Math.max(lastMicros, micros));
  }

  private void load(Txn<DirectBuffer> t) {
    if (t == txn) return;
    long[] h = read(store, t);
    lastSequence = h[0];
    lastMicros = h[1];
    txn = t;
  }

  /** The committed head as seen by {@code t}: {last sequence, last micros}, zeros for an empty log. */
  static long[] read(LmdbStore store, Txn<DirectBuffer> t) {
    DirectBuffer v = store.meta().get(t, Scratch.get().view(3, KEY));
    if (v == null) return new long[2];
    return new long[] {v.getLong(0, java.nio.ByteOrder.BIG_ENDIAN), v.getLong(8, java.nio.ByteOrder.BIG_ENDIAN)};
  }
}
