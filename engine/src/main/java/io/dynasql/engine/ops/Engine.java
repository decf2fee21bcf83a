package io.dynasql.engine.ops;

import io.dynasql.engine.catalog.Catalog;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.store.GroupCommitter;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.ttl.ExpiryHints;
import java.time.Clock;

/**
 * The parts every operation works with: the LMDB store, its counters, the catalog, the item
 * store, the change log, the single writer, the clock every time rule reads, the region the
 * database answers as and the TTL sweeper's expiry hints. One per open database.
 */
public record Engine(LmdbStore store, Meta meta, Catalog catalog, ItemStore items, GroupCommitter writer,
    ChangeLog changes, Clock clock, String region, ExpiryHints ttlHints) {

  /** Wires the parts over an open store. */
  public static Engine over(LmdbStore store, Clock clock, String region) {
    Meta meta = new Meta(store);
    return new Engine(store, meta, new Catalog(store, meta), new ItemStore(store, meta), new GroupCommitter(store),
        new ChangeLog(store, clock), clock, region, new ExpiryHints(clock));
  }
}
