package io.dynasql.federation.plan;

/**
 * One key of a pushed ORDER BY.
 *
 * @param column the table column, by ordinal
 * @param descending DESC
 * @param nullsFirst where NULLs go
 */
public record OrderKey(int column, boolean descending, boolean nullsFirst) {}
