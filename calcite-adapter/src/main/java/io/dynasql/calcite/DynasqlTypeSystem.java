package io.dynasql.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system widened to DynamoDB numbers: DECIMAL up to 38 digits, and SUM of an
 * integer column typed BIGINT (Calcite's default keeps the column's type, so summing a SMALLINT
 * column overflows at 32,767; H2 and most databases widen).
 */
public final class DynasqlTypeSystem extends RelDataTypeSystemImpl {
  /** The instance the driver configures. */
  public static final DynasqlTypeSystem INSTANCE = new DynasqlTypeSystem();

  @Override
  public org.apache.calcite.rel.type.RelDataType deriveSumType(org.apache.calcite.rel.type.RelDataTypeFactory f,
      org.apache.calcite.rel.type.RelDataType argument) {
    SqlTypeName t = argument.getSqlTypeName();
    if (t == SqlTypeName.TINYINT || t == SqlTypeName.SMALLINT || t == SqlTypeName.INTEGER || t == SqlTypeName.BIGINT) {
      return f.createTypeWithNullability(f.createSqlType(SqlTypeName.BIGINT), argument.isNullable());
    }
    if (t == SqlTypeName.DECIMAL) {
      return f.createTypeWithNullability(f.createSqlType(SqlTypeName.DECIMAL, 38, argument.getScale()), argument.isNullable());
    }
    return super.deriveSumType(f, argument);
  }

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxPrecision(typeName);
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxScale(typeName);
  }
}
