package io.dynasql.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system widened to DynamoDB numbers: DECIMAL up to 38 digits, SUM of an integer
 * column typed BIGINT (Calcite's default keeps the column's type, so summing a SMALLINT column
 * overflows at 32,767; H2 and most databases widen), and AVG of an exact column a DECIMAL with
 * {@value #AVG_SCALE} fractional digits (Calcite's default keeps the column's type, so the average
 * of 1 and 2 is 1; PostgreSQL answers a numeric, H2 a DOUBLE or a wider NUMERIC, both 1.5).
 */
public final class DynasqlTypeSystem extends RelDataTypeSystemImpl {
  /** The instance the driver configures. */
  public static final DynasqlTypeSystem INSTANCE = new DynasqlTypeSystem();

  /**
   * Fractional digits of an average of exact numbers: as many as PostgreSQL shows for the average
   * of integers (2.5000000000000000). Calcite divides decimals with 16 significant digits (IEEE
   * DECIMAL64), so an average is as precise as a DOUBLE one and no more: -512 / 3 is
   * -170.6666666666667000.
   */
  public static final int AVG_SCALE = 16;

  private static final int MAX_DIGITS = 38;

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory f, RelDataType argument) {
    SqlTypeName t = argument.getSqlTypeName();
    if (isInteger(t)) {
      return f.createTypeWithNullability(f.createSqlType(SqlTypeName.BIGINT), argument.isNullable());
    }
    if (t == SqlTypeName.DECIMAL) {
      return f.createTypeWithNullability(f.createSqlType(SqlTypeName.DECIMAL, MAX_DIGITS, argument.getScale()), argument.isNullable());
    }
    return super.deriveSumType(f, argument);
  }

  /**
   * An exact argument averages to DECIMAL(38, s): s is {@link #AVG_SCALE}, or the argument's own
   * scale when larger, but never so many digits that the integer part of the largest value the
   * argument can hold no longer fits. Approximate arguments keep Calcite's choice (DOUBLE stays
   * DOUBLE).
   */
  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory f, RelDataType argument) {
    SqlTypeName t = argument.getSqlTypeName();
    if (!isInteger(t) && t != SqlTypeName.DECIMAL) return super.deriveAvgAggType(f, argument);
    int scale = t == SqlTypeName.DECIMAL ? argument.getScale() : 0;
    int integerDigits = argument.getPrecision() - scale;
    int avgScale = Math.min(MAX_DIGITS - integerDigits, Math.max(AVG_SCALE, scale));
    return f.createTypeWithNullability(f.createSqlType(SqlTypeName.DECIMAL, MAX_DIGITS, avgScale), argument.isNullable());
  }

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DIGITS : super.getMaxScale(typeName);
  }

  private static boolean isInteger(SqlTypeName t) {
    return t == SqlTypeName.TINYINT || t == SqlTypeName.SMALLINT || t == SqlTypeName.INTEGER || t == SqlTypeName.BIGINT;
  }
}
