/**
 * The change log: one record per committed item change of a table with a stream, appended in the
 * write transaction of the change, so that data and log always agree. Streams read it; later,
 * point-in-time restore, incremental export and maintained rollups will too.
 */
package io.dynasql.engine.changelog;
