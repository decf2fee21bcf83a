/**
 * The backend interface the pushdown rules and the access runner target: a table's shape and
 * statistics, and paged reads (get, batch get, query, scan, count) with typed key conditions,
 * filters and projections. Implementations: the LMDB engine ({@code io.dynasql.pushdown.lmdb});
 * a DynamoDB endpoint needs no change to the rules.
 */
package io.dynasql.pushdown.backend;
