/**
 * DML on dynasql tables: INSERT, UPSERT, UPDATE and DELETE. {@link io.dynasql.calcite.dml.DmlParser}
 * recognises them in the tree Calcite's parser made; {@link io.dynasql.calcite.dml.DmlExecutor} computes the
 * rows with SQL on the Calcite connection and writes them in one atomic engine write.
 */
package io.dynasql.calcite.dml;
