/**
 * DynamoDB Streams over the change log: ListStreams, DescribeStream, GetShardIterator and
 * GetRecords, with DynamoDB's record shapes, shard lineage, iterator expiry and 24-hour trimming,
 * all timed by the engine's clock.
 */
package io.dynasql.engine.stream;
