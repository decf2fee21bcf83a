/**
 * Time to Live: DynamoDB's expiry rule ({@link io.dynasql.engine.ttl.Expiry}), the sweeper that
 * deletes expired items page by page through whole tables ({@link io.dynasql.engine.ttl.Sweeper}),
 * and the background thread that runs it on the engine clock's schedule, as the
 * {@link io.dynasql.engine.ttl.TtlPolicy} in {@code DatabaseOptions} says.
 */
package io.dynasql.engine.ttl;
