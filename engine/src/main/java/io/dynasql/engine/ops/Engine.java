package io.dynasql.engine.ops;

import io.dynasql.engine.catalog.Catalog;
import io.dynasql.engine.store.GroupCommitter;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.table.ItemStore;

/**
 * The parts every operation works with: the LMDB store, its counters, the catalog, the item
 * store and the single writer. One per open database.
 */
public record Engine(LmdbStore store, Meta meta, Catalog catalog, ItemStore items, GroupCommitter writer) {

  /** Wires the parts over an open store. */
  public static Engine over(LmdbStore store) {
    Meta meta = new Meta(store);
    return new Engine(store, meta, new Catalog(store, meta), new ItemStore(store, meta), new GroupCommitter(store));
  }
}
