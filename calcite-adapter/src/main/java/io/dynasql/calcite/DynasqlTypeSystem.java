package io.dynasql.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/** Calcite's type system widened to DynamoDB numbers: DECIMAL up to 38 digits. */
public final class DynasqlTypeSystem extends RelDataTypeSystemImpl {
  /** The instance the driver configures. */
  public static final DynasqlTypeSystem INSTANCE = new DynasqlTypeSystem();

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxPrecision(typeName);
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxScale(typeName);
  }
}
