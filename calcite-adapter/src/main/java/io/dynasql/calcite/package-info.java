/**
 * The Calcite side of dynasql: a schema whose tables are the engine's tables, the column model
 * and type mapping, DDL (CREATE TABLE / INDEX, DROP) and DML (INSERT, UPDATE, DELETE, upsert).
 */
package io.dynasql.calcite;
