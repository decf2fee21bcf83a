package io.dynasql.calcite.ddl;

/**
 * A column of CREATE TABLE.
 *
 * @param name the attribute name, as written (an unquoted name keeps its case too)
 * @param type its type
 * @param notNull whether NOT NULL was written. Key columns are always required; on other columns
 *     the catalog has no place for it and the store does not enforce it (a DynamoDB item needs
 *     only its key attributes), so it is kept here for the statement's reader only
 */
public record ColumnDef(String name, ColumnType type, boolean notNull) {}
