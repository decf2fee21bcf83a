package io.dynasql.engine.rollup;

import io.dynasql.engine.ops.Engine;

/**
 * The pieces behind materialized views, wired once, so {@link io.dynasql.engine.Database} holds
 * them as one: the DDL, the maintainer that keeps every view exact in the writer's transaction,
 * and the activity counters EXPLAIN weighs a suggested view with.
 *
 * @param views CREATE, REFRESH and DROP MATERIALIZED VIEW, and the views of a table
 * @param activity items written and full scans begun per table, over the last 24 hours
 */
public record RollupServices(RollupOperations views, TableActivity activity) {

  /** The services over {@code engine}, its maintainer listening to the change log from now on. */
  public static RollupServices over(Engine engine) {
    engine.changes().listen(new RollupMaintainer(engine));
    return new RollupServices(new RollupOperations(engine), TableActivity.of(engine));
  }
}
