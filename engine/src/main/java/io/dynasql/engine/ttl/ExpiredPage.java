package io.dynasql.engine.ttl;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.table.PhysicalKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of a sweep: up to 1 MB of a table's items, read in one read transaction from just
 * after the previous page's last physical key, decoding only the keys and the TTL attribute. The
 * sweep reads page after page until the table ends, so no item is left unread however big the
 * table (LocalStack's sweeper stops after its first page).
 *
 * @param expiredKeys keys of the items that had expired by the sweep's time
 * @param lastKey the last physical key read: the next page starts after it
 * @param more whether the table may hold more items after {@code lastKey}
 * @param scanned items read
 * @param earliestFuture the earliest expiry time (µs) of the items still to expire, or {@link Expiry#NEVER}
 */
record ExpiredPage(List<Map<String, AttributeValue>> expiredKeys, byte[] lastKey, boolean more, long scanned,
    long earliestFuture) {
  /** DynamoDB's page: 1 MB of item data. */
  static final int PAGE_BYTES = 1024 * 1024;

  /** Reads the page of {@code t} after physical key {@code after} (null: from the start). */
  static ExpiredPage read(Engine engine, TableDescriptor t, String attribute, byte[] after, Instant now) {
    return engine.store().read(txn -> {
      engine.catalog().checkCurrent(txn, t, null);
      List<Map<String, AttributeValue>> expired = new ArrayList<>();
      Set<String> only = decoded(t.keySchema(), attribute);
      long bytes = 0;
      long scanned = 0;
      long earliest = Expiry.NEVER;
      byte[] last = after;
      try (RangeCursor c = new RangeCursor(engine.store().data(), txn, low(t, after), keyspaceBytes(t.keyspace() + 1), true)) {
        while (bytes < PAGE_BYTES && c.next()) {
          SizedItem read = ItemStore.decodeSized(t.name(), () -> PhysicalKeys.describe(c.key()), c.val(), only);
          last = new byte[c.key().capacity()];
          c.key().getBytes(0, last);
          bytes += read.size();
          scanned++;
          if (Expiry.isExpired(read.item(), attribute, now)) {
            expired.add(t.keySchema().keyOf(read.item()));
          } else {
            earliest = Math.min(earliest, Expiry.expiresAtMicros(read.item(), attribute, now));
          }
        }
      }
      return new ExpiredPage(expired, last, bytes >= PAGE_BYTES, scanned, earliest);
    });
  }

  private static Set<String> decoded(KeySchema k, String attribute) {
    Set<String> only = new HashSet<>();
    only.add(k.partitionKey());
    if (k.hasSortKey()) only.add(k.sortKey());
    only.add(attribute);
    return only;
  }

  /** The first key after {@code after}: the same bytes and a zero byte; the keyspace's start when null. */
  private static byte[] low(TableDescriptor t, byte[] after) {
    return after == null ? keyspaceBytes(t.keyspace()) : Arrays.copyOf(after, after.length + 1);
  }

  private static byte[] keyspaceBytes(int keyspace) {
    return new byte[] {(byte) (keyspace >>> 24), (byte) (keyspace >>> 16), (byte) (keyspace >>> 8), (byte) keyspace};
  }
}
