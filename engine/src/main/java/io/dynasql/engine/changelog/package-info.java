/**
 * The change log: one record per committed item change of a table with a stream or with
 * point-in-time recovery, appended in the write transaction of the change, so that data and log
 * always agree. Streams and point-in-time restore read it; later, incremental export and
 * maintained rollups will too.
 */
package io.dynasql.engine.changelog;
