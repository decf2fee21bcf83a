package io.dynasql.calcite.dml;

import java.util.List;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The values of a VALUES row made only of plain literals and parameters, read straight from the
 * parse tree. Such rows need no query: SQL would only hand the same values back, after
 * planning (about 10 ms a row) and compiling them into one Java method that cannot exceed 64 KB
 * (a few thousand rows). Numbers come exactly as written, strings without any padding.
 */
final class DirectValues {
  private DirectValues() {}

  /** The row's values, or null when some item is an expression that needs SQL. */
  static Object[] of(SqlCall row, List<Object> params) {
    Object[] values = new Object[row.operandCount()];
    for (int i = 0; i < values.length; i++) {
      SqlNode item = row.operand(i);
      if (item instanceof SqlDynamicParam p) {
        values[i] = params.get(p.getIndex());
      } else if (item instanceof SqlCharStringLiteral s) {
        values[i] = s.getValueAs(String.class);
      } else if (item instanceof SqlNumericLiteral n) {
        values[i] = n.getValueAs(java.math.BigDecimal.class);
      } else if (item instanceof SqlBinaryStringLiteral b) {
        values[i] = b.getValueAs(byte[].class);
      } else if (item instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.BOOLEAN) {
        values[i] = l.getValueAs(Boolean.class);
      } else if (item instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.NULL) {
        values[i] = null;
      } else {
        return null;
      }
    }
    return values;
  }
}
