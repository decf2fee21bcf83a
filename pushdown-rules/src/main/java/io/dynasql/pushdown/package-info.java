/**
 * Calcite relational nodes and planner rules for dynasql: one table-access node labelled by an
 * immutable {@code AccessPath} (GET, BATCH_GET, QUERY or SCAN), the rules that push key
 * conditions, filters, projections, order and limits into it, and the cost model that makes the
 * planner prefer a QUERY to a SCAN and the cheapest index to the first. Reads go through a
 * {@link io.dynasql.pushdown.backend.TableBackend}; the engine's value and condition types are
 * the vocabulary, its internals unknown. Knows nothing of JDBC.
 */
package io.dynasql.pushdown;
