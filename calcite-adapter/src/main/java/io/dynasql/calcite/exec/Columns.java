package io.dynasql.calcite.exec;

import java.lang.reflect.Type;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.ExtraSqlTypes;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Describes result columns and parameters the way Calcite's preparation does (JDBC type, type
 * name, Java representation, precision, scale, nullability, origin): for plans prepared from a
 * parse tree, and for the rows dynasql produces without a plan, so that a point read answered
 * directly looks to a getter exactly like the planned query.
 */
public final class Columns {
  private Columns() {}

  /**
   * The columns of {@code row}, each field taken from {@code table} of {@code schema} (its origin,
   * as {@code ResultSetMetaData.getTableName} reports it).
   */
  public static List<ColumnMetaData> of(JavaTypeFactory types, RelDataType row, String schema, String table) {
    List<ColumnMetaData> out = new ArrayList<>();
    for (RelDataTypeField f : row.getFieldList()) {
      out.add(column(types, out.size(), f.getName(), f.getType(), f.getType(), List.of(schema, table, f.getName())));
    }
    return out;
  }

  /**
   * The columns of a prepared statement: {@code jdbcRow} is {@code row} as a struct, and
   * {@code origins} gives each column's schema, table and column (null when it is computed).
   */
  public static List<ColumnMetaData> of(JavaTypeFactory types, RelDataType row, RelDataType jdbcRow,
      List<? extends List<String>> origins) {
    List<ColumnMetaData> out = new ArrayList<>();
    for (RelDataTypeField f : jdbcRow.getFieldList()) {
      RelDataType rowField = row.isStruct() ? row.getFieldList().get(out.size()).getType() : f.getType();
      out.add(column(types, out.size(), f.getName(), f.getType(), rowField, origins.get(out.size())));
    }
    return out;
  }

  private static ColumnMetaData column(JavaTypeFactory types, int ordinal, String label, RelDataType t,
      RelDataType javaType, List<String> origin) {
    ColumnMetaData.AvaticaType type = type(types, t, javaType);
    return new ColumnMetaData(ordinal, false, true, false, false,
        t.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        !SqlTypeName.UNSIGNED_TYPES.contains(t.getSqlTypeName()), t.getPrecision(), label, origin(origin, 0),
        origin(origin, 2), precision(t), scale(t), origin(origin, 1), null, type, true, false, false,
        type.columnClassName());
  }

  /** Counting from the end of {@code origin} (column, table, schema); null where there is none. */
  private static String origin(List<String> origin, int fromEnd) {
    return origin == null || fromEnd >= origin.size() ? null : origin.get(origin.size() - 1 - fromEnd);
  }

  /** The Avatica type of {@code t}: arrays by their element type, rows by their fields, others by their Java class. */
  private static ColumnMetaData.AvaticaType type(JavaTypeFactory types, RelDataType t, RelDataType javaType) {
    RelDataType component = t.getComponentType();
    if (component != null) {
      return ColumnMetaData.array(type(types, component, component), typeName(t), rep(types, component));
    }
    int jdbc = jdbcType(t);
    if (jdbc == Types.STRUCT) {
      List<ColumnMetaData> fields = new ArrayList<>();
      for (RelDataTypeField f : t.getFieldList()) {
        fields.add(column(types, f.getIndex(), f.getName(), f.getType(), f.getType(), null));
      }
      return ColumnMetaData.struct(fields);
    }
    return ColumnMetaData.scalar(jdbc == ExtraSqlTypes.GEOMETRY ? Types.VARCHAR : jdbc, typeName(t), rep(types, javaType));
  }

  private static ColumnMetaData.Rep rep(JavaTypeFactory types, RelDataType t) {
    Type clazz = types.getJavaClass(t);
    return ColumnMetaData.Rep.of(clazz);
  }

  /** The JDBC type code of {@code t}. */
  public static int jdbcType(RelDataType t) {
    return t.getSqlTypeName().getJdbcOrdinal();
  }

  /** The precision JDBC reports: 0 when the type has none. */
  public static int precision(RelDataType t) {
    return t.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? 0 : t.getPrecision();
  }

  /** The scale JDBC reports: 0 when the type has none. */
  public static int scale(RelDataType t) {
    return t.getScale() == RelDataType.SCALE_NOT_SPECIFIED ? 0 : t.getScale();
  }

  /** The type's name without precision or nullability ("DECIMAL", "INTEGER ARRAY", "INTERVAL_DAY_TO_SECOND"). */
  public static String typeName(RelDataType t) {
    SqlTypeName name = t.getSqlTypeName();
    return switch (name) {
      case ARRAY, MULTISET, MAP, ROW -> t.toString();
      case INTERVAL_YEAR_MONTH -> "INTERVAL_YEAR_TO_MONTH";
      case INTERVAL_DAY_HOUR -> "INTERVAL_DAY_TO_HOUR";
      case INTERVAL_DAY_MINUTE -> "INTERVAL_DAY_TO_MINUTE";
      case INTERVAL_DAY_SECOND -> "INTERVAL_DAY_TO_SECOND";
      case INTERVAL_HOUR_MINUTE -> "INTERVAL_HOUR_TO_MINUTE";
      case INTERVAL_HOUR_SECOND -> "INTERVAL_HOUR_TO_SECOND";
      case INTERVAL_MINUTE_SECOND -> "INTERVAL_MINUTE_TO_SECOND";
      default -> name.getName();
    };
  }
}
