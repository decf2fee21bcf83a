package io.dynasql.pushdown;

/**
 * What a SQL column of a dynasql table is made of, as far as pushdown cares: the attribute it
 * reads and its role in the table's key.
 *
 * @param name the column name
 * @param attribute the item attribute it holds, or null for the whole-item column
 * @param role partition key, sort key, plain attribute, or the whole item
 */
public record ColumnRef(String name, String attribute, Role role) {
  public ColumnRef {
    // The store hands out decoded attribute names interned (NameCache), so an item's map finds
    // this one by reference rather than by comparing characters, once per item read.
    if (attribute != null) attribute = attribute.intern();
  }

  /** A column's role. */
  public enum Role { PARTITION_KEY, SORT_KEY, ATTRIBUTE, ITEM }
}
