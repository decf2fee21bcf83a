/**
 * A table's DynamoDB stream read from SQL: the {@code dynasql_stream(table, position)} table
 * function, and the cursor over every shard that it and the command line's {@code stream tail}
 * read through GetShardIterator and GetRecords.
 */
package io.dynasql.calcite.stream;
