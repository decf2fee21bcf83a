package io.dynasql.engine.catalog;

/**
 * A SQL column the catalog remembers for a table, so that browsing metadata never reads items.
 * The engine stores these and never interprets them: the SQL layer owns their meaning.
 *
 * @param name column name as written (it is also the attribute name)
 * @param sqlType the SQL type name, e.g. VARCHAR, DECIMAL(38, 10), BIGINT, ARRAY
 * @param source where the column came from: DECLARED in DDL, or SAMPLED from items
 */
public record ColumnInfo(String name, String sqlType, String source) {
  public static final String DECLARED = "DECLARED";
  public static final String SAMPLED = "SAMPLED";
}
