package io.dynasql.calcite.exec;

import java.lang.reflect.Type;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Describes result columns the way Calcite's preparation does (JDBC type, type name, Java
 * representation, precision, scale, nullability, origin), for the rows dynasql produces without
 * a plan: a point read answered directly must look to a getter exactly like the planned query.
 */
public final class Columns {
  private Columns() {}

  /**
   * The columns of {@code row}, each field {@code i} taken from {@code table} of {@code schema}
   * (its origin, as {@code ResultSetMetaData.getTableName} reports it).
   */
  public static List<ColumnMetaData> of(JavaTypeFactory types, RelDataType row, String schema, String table) {
    List<ColumnMetaData> out = new ArrayList<>();
    for (RelDataTypeField f : row.getFieldList()) {
      RelDataType t = f.getType();
      out.add(new ColumnMetaData(out.size(), false, true, false, false,
          t.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
          !SqlTypeName.UNSIGNED_TYPES.contains(t.getSqlTypeName()), t.getPrecision(), f.getName(), f.getName(), schema,
          Math.max(0, t.getPrecision()), Math.max(0, t.getScale()), table, null, type(types, t), true, false, false,
          type(types, t).columnClassName()));
    }
    return out;
  }

  /** The Avatica type of {@code t}: arrays by their element type, anything else by its Java class. */
  private static ColumnMetaData.AvaticaType type(JavaTypeFactory types, RelDataType t) {
    RelDataType component = t.getComponentType();
    if (component != null) {
      return ColumnMetaData.array(type(types, component), t.toString(), rep(types, component));
    }
    return ColumnMetaData.scalar(t.getSqlTypeName().getJdbcOrdinal(), t.getSqlTypeName().getName(), rep(types, t));
  }

  private static ColumnMetaData.Rep rep(JavaTypeFactory types, RelDataType t) {
    Type clazz = types.getJavaClass(t);
    return ColumnMetaData.Rep.of(clazz);
  }
}
