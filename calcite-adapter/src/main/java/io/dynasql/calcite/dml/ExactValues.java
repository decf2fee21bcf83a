package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnFit;
import io.dynasql.calcite.SqlColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The value a literal or a bound parameter gives a column when SQL would store it unchanged: a
 * string in a VARCHAR column, an integer in range in an integer column, a decimal within the
 * declared precision and scale, a boolean, a bound array for an ARRAY column. Anything that SQL would have to convert (a string
 * in a number column, a fraction in a BIGINT, a DOUBLE, a date) is not exact: the statement
 * then goes through SQL, which converts or refuses it as it does everywhere else.
 */
final class ExactValues {
  /** Not exact: the caller takes the general path. */
  static final Object NOT_EXACT = new Object();

  private ExactValues() {}

  /** The Java value {@code node} gives column {@code c} (null for a SQL NULL), or {@link #NOT_EXACT}. */
  static Object of(SqlNode node, SqlColumn c, List<Object> params) {
    Object raw;
    if (node instanceof SqlDynamicParam p) raw = params.get(p.getIndex());
    else if (node instanceof SqlCharStringLiteral s) raw = s.getValueAs(String.class);
    else if (node instanceof SqlNumericLiteral n && n.isExact()) raw = n.getValueAs(BigDecimal.class);
    else if (node instanceof SqlLiteral l && l.getValue() == null) raw = null;
    else if (node instanceof SqlLiteral l && l.getValue() instanceof Boolean b) raw = b;
    else return NOT_EXACT;
    if (raw == null) return null;
    return forColumn(raw, c);
  }

  /** {@code raw} as the Java type column {@code c} holds, or {@link #NOT_EXACT}. */
  static Object forColumn(Object raw, SqlColumn c) {
    switch (c.type()) {
      case VARCHAR: return raw instanceof String str && (c.precision() <= 0 || str.length() <= c.precision()) ? raw : NOT_EXACT;
      case BOOLEAN: return raw instanceof Boolean ? raw : NOT_EXACT;
      case ARRAY: return raw instanceof List ? raw : NOT_EXACT; // a bound array, its elements converted by BoundValue
      case BIGINT: case INTEGER: case SMALLINT: case TINYINT: case DECIMAL: {
        BigDecimal d = decimal(raw);
        if (d == null || ColumnFit.number(d, c) != null) return NOT_EXACT; // SQL refuses or converts it
        return c.type() == SqlTypeName.DECIMAL ? d : (Object) d.longValueExact();
      }
      default: return NOT_EXACT;
    }
  }

  /** An exact number: integers of any width and BigDecimal; never a float or double. */
  static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal d) return d;
    if (raw instanceof BigInteger i) return new BigDecimal(i);
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    return null;
  }
}
