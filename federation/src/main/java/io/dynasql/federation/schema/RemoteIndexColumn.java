package io.dynasql.federation.schema;

/**
 * One column of one index of a source's table, as the source's own
 * {@code DatabaseMetaData.getIndexInfo} lists it (its statistics rows left out).
 *
 * @param index the index's name
 * @param nonUnique whether the index allows equal values
 * @param ordinal the column's position in the index, from 1
 * @param column the column's name, or an expression's text for an expression index
 * @param ascOrDesc {@code A}, {@code D}, or null when the index has no order
 * @param cardinality distinct values (or rows) by the source, or -1 when it does not say
 */
public record RemoteIndexColumn(String index, boolean nonUnique, int ordinal, String column, String ascOrDesc,
    long cardinality) {}
