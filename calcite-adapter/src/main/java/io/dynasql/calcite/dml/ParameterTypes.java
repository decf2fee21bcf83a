package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Types for parameters Calcite cannot type. A bare {@code ?} that is a whole value (a VALUES
 * item, a SET right-hand side, a select item) has no context to infer a type from, so Calcite
 * refuses it; wrapped in a CAST to the bound value's own type it reaches the store exactly as
 * bound (a BigDecimal keeps its digits, where a cast to the column's DECIMAL(38, 10) would round).
 */
final class ParameterTypes {
  private static final SqlParserPos POS = SqlParserPos.ZERO;
  private static final int MAX_DECIMAL_DIGITS = 38;

  private ParameterTypes() {}

  /** {@code e} itself, or {@code CAST(? AS type)} when {@code e} is a bare parameter. */
  static SqlNode typed(SqlNode e, SqlColumn target, List<Object> params) {
    if (!(e instanceof SqlDynamicParam p)) return e;
    return cast(e, ofValue(params.get(p.getIndex()), target));
  }

  /** Whether {@code e} is a bare parameter whose bound value is typed as text. */
  static boolean isText(SqlNode e, List<Object> params) {
    return e instanceof SqlDynamicParam p && typeName(params.get(p.getIndex())) == SqlTypeName.VARCHAR;
  }

  static SqlNode cast(SqlNode e, SqlDataTypeSpec type) {
    return SqlStdOperatorTable.CAST.createCall(POS, e, type);
  }

  static SqlDataTypeSpec varchar() {
    return basic(SqlTypeName.VARCHAR);
  }

  /** The SQL type of a bound value; the target column's when the value has none of its own (NULL). */
  static SqlDataTypeSpec ofValue(Object v, SqlColumn target) {
    SqlTypeName t = typeName(v);
    if (t == null) return ofColumn(target);
    if (t != SqlTypeName.DECIMAL) return basic(t);
    BigDecimal d = plain(v);
    return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, precision(d), d.scale(), POS), POS);
  }

  /** The type a value binds as, or null when it has none of its own. */
  private static SqlTypeName typeName(Object v) {
    if (v instanceof String) return SqlTypeName.VARCHAR;
    if (v instanceof Boolean) return SqlTypeName.BOOLEAN;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return SqlTypeName.BIGINT;
    if (v instanceof Double || v instanceof Float) return SqlTypeName.DOUBLE;
    // DECIMAL with exactly the value's digits; text when it has more than DECIMAL holds (1E+40).
    if (v instanceof BigDecimal || v instanceof BigInteger) return precision(plain(v)) > MAX_DECIMAL_DIGITS ? SqlTypeName.VARCHAR : SqlTypeName.DECIMAL;
    if (v instanceof byte[]) return SqlTypeName.VARBINARY;
    if (v instanceof java.sql.Timestamp) return SqlTypeName.TIMESTAMP;
    if (v instanceof java.sql.Date) return SqlTypeName.DATE;
    if (v instanceof java.sql.Time) return SqlTypeName.TIME;
    return null;
  }

  /** The number without a negative scale: 1E+3 as 1000. */
  private static BigDecimal plain(Object v) {
    BigDecimal d = v instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) v;
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static int precision(BigDecimal plain) {
    return Math.max(1, Math.max(plain.precision(), plain.scale()));
  }

  /** The column's own type. */
  static SqlDataTypeSpec ofColumn(SqlColumn c) {
    if (c.type() == SqlTypeName.ARRAY) {
      SqlCollectionTypeNameSpec array = new SqlCollectionTypeNameSpec(
          new SqlBasicTypeNameSpec(c.component(), POS), SqlTypeName.ARRAY, POS);
      return new SqlDataTypeSpec(array, POS);
    }
    if (c.precision() >= 0 && c.scale() >= 0 && c.type().allowsPrecScale(true, true)) {
      return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(c.type(), c.precision(), c.scale(), POS), POS);
    }
    return basic(c.type());
  }

  private static SqlDataTypeSpec basic(SqlTypeName t) {
    return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(t, POS), POS);
  }
}
