package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnFit;
import io.dynasql.calcite.JavaKinds;
import io.dynasql.calcite.JsonText;
import io.dynasql.calcite.SqlArrays;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A bound parameter as the value its column stores, or refused with 22018 naming the column:
 * a Map or List for a JSON (VARCHAR) column becomes its JSON text, and a List, Java array or
 * java.sql.Array for an ARRAY column becomes a List of its elements as the set holds them
 * (String, BigDecimal, byte[]), each element checked on its own so that the error names it.
 * Every other value is left as bound: SQL and {@link Attributes} convert or refuse it.
 */
final class BoundValue {
  private BoundValue() {}

  /** {@code value} bound to column {@code c} of {@code table}, converted. */
  static Object of(Object value, SqlColumn c, String table) {
    if (value == null) return null;
    if (c.type() == SqlTypeName.ARRAY && SqlArrays.isArray(value)) return elements(value, c, table);
    String refusal = JavaKinds.refusal(value, c.type(), c.component());
    if (refusal != null) throw refused(DmlException.BAD_VALUE, value, c, table, refusal);
    if ((c.type() == SqlTypeName.VARCHAR || c.type() == SqlTypeName.CHAR) && (value instanceof Map || value instanceof List)) {
      return JsonText.of(value);
    }
    return value;
  }

  private static List<Object> elements(Object value, SqlColumn c, String table) {
    List<?> elements = SqlArrays.elements(value);
    List<Object> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      Object e = elements.get(i);
      ColumnFit.Misfit why = e == null ? new ColumnFit.Misfit(DmlException.BAD_VALUE, "a set cannot hold NULL")
          : element(e, c, out);
      if (why != null) {
        String shown = e == null ? "NULL" : shown(e) + " of Java type " + JavaKinds.name(e);
        throw refused(why.sqlState(), value, c, table, "element " + (i + 1) + ", " + shown + ", " + why.reason());
      }
    }
    return out;
  }

  /** Adds element {@code e} as the set holds it to {@code out}; else says why it cannot be held. */
  private static ColumnFit.Misfit element(Object e, SqlColumn c, List<Object> out) {
    SqlTypeName type = c.component();
    String kind = e instanceof Map || e instanceof List ? "a set's element cannot be a document"
        : JavaKinds.refusal(e, type, null);
    if (kind != null) return new ColumnFit.Misfit(DmlException.BAD_VALUE, kind);
    if (type == SqlTypeName.VARCHAR || type == SqlTypeName.CHAR) {
      out.add(String.valueOf(e)); // JavaKinds admitted it as text
      return null;
    }
    if (type == SqlTypeName.VARBINARY || type == SqlTypeName.BINARY) {
      out.add(e instanceof ByteString b ? b.getBytes() : e);
      return null;
    }
    BigDecimal n;
    try {
      n = e instanceof BigDecimal d ? d : Numbers.parse(e.toString());
    } catch (ValidationException | IllegalArgumentException x) {
      return new ColumnFit.Misfit(DmlException.BAD_VALUE, "it is not a number");
    }
    // the element must fit the element type as a whole value would fit a column of it
    ColumnFit.Misfit misfit = ColumnFit.number(n, new SqlColumn(c.ref(), type, -1, -1, null, false));
    if (misfit != null) return misfit;
    out.add(n);
    return null;
  }

  private static DmlException refused(String sqlState, Object value, SqlColumn c, String table, String reason) {
    return new DmlException(sqlState, "A value of Java type " + JavaKinds.name(value)
        + " cannot be stored in column " + TargetTable.describe(c) + " of table " + table + ": " + reason);
  }

  private static String shown(Object e) {
    if (e instanceof byte[] b) return "a binary of " + b.length + " bytes";
    String s = e instanceof CharSequence ? "'" + e + "'" : String.valueOf(e);
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
