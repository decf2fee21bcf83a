package io.dynasql.calcite.ddl;

/**
 * A local secondary index declared inside CREATE TABLE ({@code LOCAL INDEX name (sortKey)}): its
 * partition key is the table's, its sort key a column of the table.
 *
 * @param name index name, as written
 * @param sortKey the index's sort key column, as written
 * @param projection what the index copies
 */
public record LocalIndexDef(String name, String sortKey, Projection projection) {}
