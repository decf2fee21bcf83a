package io.dynasql.engine.changelog;

import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Scratch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The sequence number of the recovery base (a snapshot of the table's items) a table with
 * point-in-time recovery restores from, kept in the {@code meta} database. The trim may remove a
 * record of such a table only when it is older than the recovery period AND covered by the base
 * (its sequence at most the floor): a restore then always finds, from the base, every record it
 * has to replay forward (after the base) or undo backward (between the restore time and the base).
 * Without a floor (-1) nothing of the table is trimmed.
 */
public final class RetentionFloor {
  private RetentionFloor() {}

  private static byte[] key(int keyspace) {
    return ("pitr.floor/" + keyspace).getBytes(StandardCharsets.UTF_8);
  }

  /** The floor of table keyspace {@code keyspace} as {@code txn} sees it, or -1 when there is none. */
  public static long read(LmdbStore store, Txn<DirectBuffer> txn, int keyspace) {
    DirectBuffer v = store.meta().get(txn, Scratch.get().view(3, key(keyspace)));
    return v == null ? -1 : v.getLong(0, ByteOrder.BIG_ENDIAN);
  }

  /** Sets the floor (the writer's transaction). */
  public static void write(LmdbStore store, Txn<DirectBuffer> txn, int keyspace, long sequence) {
    Scratch s = Scratch.get();
    store.writes().put(store.meta(), txn, s.view(0, key(keyspace)), s.view(1, ByteBuffer.allocate(8).putLong(sequence).array()));
  }

  /** Removes the floor (recovery turned off, or the table deleted). */
  public static void delete(LmdbStore store, Txn<DirectBuffer> txn, int keyspace) {
    store.writes().delete(store.meta(), txn, Scratch.get().view(0, key(keyspace)));
  }
}
