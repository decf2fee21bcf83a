package io.dynasql.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Calcite types of SQL columns. */
public final class RowTypes {
  private RowTypes() {}

  public static RelDataType type(RelDataTypeFactory f, SqlColumn c) {
    RelDataType t;
    if (c.type() == SqlTypeName.ARRAY) {
      t = f.createArrayType(f.createTypeWithNullability(base(f, c.component(), -1, -1), true), -1);
    } else {
      t = base(f, c.type(), c.precision(), c.scale());
    }
    return f.createTypeWithNullability(t, c.nullable());
  }

  private static RelDataType base(RelDataTypeFactory f, SqlTypeName type, int precision, int scale) {
    if (precision >= 0 && scale >= 0 && type.allowsPrecScale(true, true)) return f.createSqlType(type, precision, scale);
    if (precision >= 0 && type.allowsPrecNoScale()) return f.createSqlType(type, precision);
    return f.createSqlType(type);
  }
}
