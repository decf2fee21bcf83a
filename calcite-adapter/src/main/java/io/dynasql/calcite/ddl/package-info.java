/**
 * dynasql's DDL: {@link io.dynasql.calcite.ddl.DdlParser} turns CREATE TABLE, CREATE INDEX, DROP
 * TABLE and DROP INDEX into {@link io.dynasql.calcite.ddl.DdlStatement}s, and
 * {@link io.dynasql.calcite.ddl.DdlExecutor} runs them on a {@link io.dynasql.engine.Database}.
 * The syntax, the key type mapping and what DynamoDB forbids are described in {@code docs/ddl.md}.
 */
package io.dynasql.calcite.ddl;
