package io.dynasql.calcite;

import io.dynasql.pushdown.ColumnRef;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A SQL column of a dynasql table: its name, the attribute behind it, its role in the key, and
 * its SQL type (precision and scale where the type has them, -1 otherwise).
 *
 * @param ref name, attribute and role, as the pushdown rules see them
 * @param type SQL type
 * @param precision precision or length, -1 when unspecified
 * @param scale scale, -1 when unspecified
 * @param component element type of an ARRAY column, else null
 * @param nullable whether the column can be NULL (key columns cannot)
 */
public record SqlColumn(ColumnRef ref, SqlTypeName type, int precision, int scale,
    SqlTypeName component, boolean nullable) {

  public String name() {
    return ref.name();
  }

  /** The type's name as metadata shows it: {@code VARCHAR ARRAY} for an array of text, else the SQL type's name. */
  public String typeName() {
    return type == SqlTypeName.ARRAY ? component.getName() + " ARRAY" : type.getName();
  }
}
