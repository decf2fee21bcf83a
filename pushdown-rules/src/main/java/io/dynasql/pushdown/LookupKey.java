package io.dynasql.pushdown;

/**
 * One key attribute a lookup join binds from its outer rows: the inner table's (or index's)
 * partition key or sort key, equal to a column of each outer row.
 *
 * @param attribute the key attribute of the inner table or index
 * @param outerField the outer row's column holding the value
 * @param innerField the inner table's column of {@code attribute} (a {@link DynamoSource} column)
 * @param outerName the outer column's name, for EXPLAIN
 */
public record LookupKey(String attribute, int outerField, int innerField, String outerName) {
  @Override
  public String toString() {
    return attribute + " = outer." + outerName;
  }
}
