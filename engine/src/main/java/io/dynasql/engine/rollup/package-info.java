/**
 * Materialized views (rollups kept close to the data): a table of its own per view, one item per
 * group of the base table's items, built from a scan at creation or refresh and kept exact in the
 * transaction of every write to the base, from the change's old and new images
 * ({@link io.dynasql.engine.rollup.RollupMaintainer}, told by the change log). See docs/rollups.md.
 */
package io.dynasql.engine.rollup;
