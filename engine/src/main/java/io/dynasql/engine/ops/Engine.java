package io.dynasql.engine.ops;

import io.dynasql.engine.catalog.Catalog;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.store.GroupCommitter;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.table.ItemStore;
import java.time.Clock;

/**
 * The parts every operation works with: the LMDB store, its counters, the catalog, the item
 * store, the change log, the single writer, the clock every time rule reads and the region the
 * database answers as. One per open database.
 */
public record Engine(LmdbStore store, Meta meta, Catalog catalog, ItemStore items, GroupCommitter writer,
    ChangeLog changes, Clock clock, String region) {

  /** Wires the parts over an open store. */
  public static Engine over(LmdbStore store, Clock clock, String region) {
    Meta meta = new Meta(store);
    return new Engine(store, meta, new Catalog(store, meta), new ItemStore(store, meta), new GroupCommitter(store),
        new ChangeLog(store, clock), clock, region);
  }
}
