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

  static SqlNode cast(SqlNode e, SqlDataTypeSpec type) {
    return SqlStdOperatorTable.CAST.createCall(POS, e, type);
  }

  static SqlDataTypeSpec varchar() {
    return basic(SqlTypeName.VARCHAR);
  }

  /** The SQL type of a bound value; the target column's when the value has none of its own (NULL). */
  static SqlDataTypeSpec ofValue(Object v, SqlColumn target) {
    if (v instanceof String) return basic(SqlTypeName.VARCHAR);
    if (v instanceof Boolean) return basic(SqlTypeName.BOOLEAN);
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return basic(SqlTypeName.BIGINT);
    if (v instanceof Double || v instanceof Float) return basic(SqlTypeName.DOUBLE);
    if (v instanceof BigInteger i) return decimal(new BigDecimal(i));
    if (v instanceof BigDecimal d) return decimal(d);
    if (v instanceof byte[]) return basic(SqlTypeName.VARBINARY);
    if (v instanceof java.sql.Timestamp) return basic(SqlTypeName.TIMESTAMP);
    if (v instanceof java.sql.Date) return basic(SqlTypeName.DATE);
    if (v instanceof java.sql.Time) return basic(SqlTypeName.TIME);
    return ofColumn(target);
  }

  /** DECIMAL with exactly the value's digits; text when it has more digits than DECIMAL holds (1E+40). */
  private static SqlDataTypeSpec decimal(BigDecimal d) {
    BigDecimal plain = d.scale() < 0 ? d.setScale(0) : d;
    int scale = plain.scale();
    int precision = Math.max(1, Math.max(plain.precision(), scale));
    if (precision > MAX_DECIMAL_DIGITS) return basic(SqlTypeName.VARCHAR);
    return new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, precision, scale, POS), POS);
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
