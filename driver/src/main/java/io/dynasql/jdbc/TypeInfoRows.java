package io.dynasql.jdbc;

import io.dynasql.calcite.DynasqlTypeSystem;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * getTypeInfo's rows: every SQL type the planner knows, with the precision, scale and literal
 * syntax of dynasql's type system (DECIMAL up to 38 digits), in the planner's order.
 */
final class TypeInfoRows {
  private TypeInfoRows() {}

  static List<Object[]> rows() {
    RelDataTypeSystem types = DynasqlTypeSystem.INSTANCE;
    List<Object[]> out = new ArrayList<>();
    for (SqlTypeName t : SqlTypeName.values()) {
      if (t.isSpecial()) continue; // planner-internal (NULL, SYMBOL, SARG, ...): no column can have them
      int radix = types.getNumTypeRadix(t);
      out.add(new Object[] {t.getName(), t.getJdbcOrdinal(), types.getMaxPrecision(t), types.getLiteral(t, true),
          types.getLiteral(t, false), null, DatabaseMetaData.typeNullable, types.isCaseSensitive(t), DatabaseMetaData.typeSearchable,
          false, false, types.isAutoincrement(t), t.getName(), (short) types.getMinScale(t), (short) types.getMaxScale(t), null, null,
          radix == 0 ? null : radix});
    }
    return out;
  }
}
