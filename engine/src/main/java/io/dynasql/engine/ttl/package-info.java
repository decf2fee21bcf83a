/**
 * Time to Live, the engine's side: DynamoDB's expiry rule ({@link io.dynasql.engine.ttl.Expiry}),
 * the sweeper that deletes expired items page by page through whole tables
 * ({@link io.dynasql.engine.ttl.Sweeper}), and the background thread that runs it on the engine
 * clock's schedule, as the {@link io.dynasql.engine.TtlPolicy} in {@code DatabaseOptions} says.
 * Internal like {@code ops}: the layers above reach TTL through {@code Database}, {@code TtlPolicy},
 * {@code TtlDelay} and the {@code api} records.
 */
package io.dynasql.engine.ttl;
