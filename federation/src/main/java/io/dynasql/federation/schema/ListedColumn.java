package io.dynasql.federation.schema;

/**
 * A column of a source's table as {@code sys.source_columns} (and so {@code
 * DatabaseMetaData.getColumns}) lists it, whichever kind of source it comes from.
 *
 * @param name the remote name, exactly
 * @param dataType its {@code java.sql.Types} in dynasql
 * @param typeName the type's name in dynasql ({@code VARCHAR ARRAY} for an array of text)
 * @param size length or precision, or -1
 * @param digits scale, or -1
 * @param nullable whether it may hold NULL
 * @param remoteType what the source says of it: the remote type's name for a JDBC source; for a DynamoDB
 *     source where the column came from ({@code KEY}, {@code SAMPLED}, {@code ITEM}), as for dynasql's own tables
 */
public record ListedColumn(String name, int dataType, String typeName, int size, int digits, boolean nullable, String remoteType) {}
