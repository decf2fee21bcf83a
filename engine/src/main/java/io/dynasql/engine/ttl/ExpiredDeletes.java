package io.dynasql.engine.ttl;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.Actor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.WriteTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write half of a sweep page: in one writer transaction, deletes each item of the page that
 * is still expired, with its index entries (GSIs and LSIs alike) and a REMOVE in the change log
 * made by the TTL service. The condition is read in the same transaction, so an update that moved
 * an item's expiry time between the page's read and this delete wins, and a table dropped or whose
 * TTL was turned off meanwhile is left alone. The index write units ItemStore reports are
 * dropped: TTL deletes are free.
 */
final class ExpiredDeletes {
  private ExpiredDeletes() {}

  /** A writer task deleting those of {@code keys} of {@code t} still expired at {@code now}; it returns how many. */
  static WriteTask<Integer> task(Engine engine, TableDescriptor t, String attribute, List<Map<String, AttributeValue>> keys,
      Instant now) {
    return txn -> {
      TableDescriptor current = engine.catalog().tables(txn).get(t.name());
      if (current == null || current.keyspace() != t.keyspace() || !attribute.equals(current.ttlAttribute())) return 0;
      List<Map<String, AttributeValue>> doomed = new ArrayList<>();
      for (Map<String, AttributeValue> key : keys) { // every read before the first write (see WriteTask)
        Map<String, AttributeValue> item = engine.items().get(txn, current, key);
        if (item != null && Expiry.isExpired(item, attribute, now)) doomed.add(item);
      }
      for (Map<String, AttributeValue> item : doomed) {
        engine.items().delete(txn, current, item, ItemSize.of(item));
        engine.changes().append(txn, current, item, null, Actor.TTL_SERVICE);
      }
      return doomed.size();
    };
  }
}
