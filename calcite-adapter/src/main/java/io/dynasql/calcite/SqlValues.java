package io.dynasql.calcite;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Conversions between attribute values and the Java values Calcite uses for each SQL type.
 * {@link #toSql} is null for a stored value the column's type cannot show; reading a row makes
 * that an error or a converted value ({@link StoredValues}), never a silent NULL.
 */
public final class SqlValues {
  private SqlValues() {}

  /** The SQL value of {@code v} in a column of {@code c}'s type, or null. */
  public static Object toSql(AttributeValue v, SqlColumn c) {
    if (v == null) return null;
    switch (c.type()) {
      case VARCHAR:
        if (v instanceof AttributeValue.S s) return s.value();
        if (v instanceof AttributeValue.M || v instanceof AttributeValue.L) return ItemJson.of(v);
        return null;
      case DECIMAL: return v instanceof AttributeValue.N n ? scaled(n.value(), c.scale()) : null;
      case BIGINT: return v instanceof AttributeValue.N n ? exactLong(n) : null;
      case INTEGER: {
        Long l = v instanceof AttributeValue.N n ? exactLong(n) : null;
        return l != null && l == l.intValue() ? Integer.valueOf(l.intValue()) : null;
      }
      case SMALLINT: case TINYINT: {
        Long l = v instanceof AttributeValue.N n ? exactLong(n) : null;
        if (l == null) return null;
        if (c.type() == SqlTypeName.SMALLINT) return l == l.shortValue() ? (Object) l.shortValue() : null;
        return l == l.byteValue() ? (Object) l.byteValue() : null;
      }
      case DOUBLE: return v instanceof AttributeValue.N n ? n.value().doubleValue() : null;
      case REAL: return v instanceof AttributeValue.N n ? n.value().floatValue() : null; // Calcite holds REAL as Float
      case BOOLEAN: return v instanceof AttributeValue.Bool b ? b.value() : null;
      case VARBINARY: return v instanceof AttributeValue.B b ? new ByteString(b.value().unsafeArray()) : null;
      case ARRAY: return array(v, c);
      default: return null;
    }
  }

  /**
   * The engine keeps numbers without trailing zeros, so 100 is held as 1E+2; a negative scale
   * would make every client print {@code 1E+2} (BigDecimal.toString), so it is made 0.
   */
  private static BigDecimal plain(BigDecimal d) {
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * A number of a DECIMAL(p, s) column with the column's scale s, as Calcite's CAST to that type
   * gives it: hash joins, GROUP BY, DISTINCT and set operations compare keys with
   * {@code BigDecimal.equals}, which holds 0 and 0E-10 unequal, so a BIGINT joined to a DECIMAL
   * column (cast to DECIMAL(38, 10)) would match nothing. A number with more fraction digits than
   * s (a DECIMAL column declared without (p, s) holds any number) keeps them, unrounded.
   */
  private static BigDecimal scaled(BigDecimal d, int scale) {
    return scale >= 0 && d.scale() < scale ? d.setScale(scale) : plain(d);
  }

  private static Long exactLong(AttributeValue.N n) {
    if (n.fitsLong()) return n.longValue(); // no BigDecimal made
    BigDecimal d = n.value();
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * A set as the elements of an ARRAY column: each element converted as a value of the column's
   * element type (a number set read by a BIGINT ARRAY holds Longs, as JDBC's getArray promises),
   * or null when one does not fit it (a misfit, like a scalar that does not fit).
   */
  private static List<Object> array(AttributeValue v, SqlColumn c) {
    List<AttributeValue> elements = new ArrayList<>();
    if (v instanceof AttributeValue.SS s) s.values().forEach(e -> elements.add(AttributeValue.s(e)));
    else if (v instanceof AttributeValue.NS s) s.values().forEach(e -> elements.add(AttributeValue.n(e)));
    else if (v instanceof AttributeValue.BS s) s.values().forEach(e -> elements.add(new AttributeValue.B(e)));
    else return null;
    if (c.component() == null) return null;
    SqlColumn element = new SqlColumn(c.ref(), c.component(), -1, -1, null, true);
    List<Object> out = new ArrayList<>(elements.size());
    for (AttributeValue e : elements) {
      Object sql = toSql(e, element);
      if (sql == null) return null;
      out.add(sql);
    }
    return out;
  }

  /**
   * The attribute a SQL value is stored as in a column of {@code c}'s type, or null when it
   * cannot be one (a key lookup with such a value finds nothing).
   */
  public static AttributeValue toAttribute(Object value, SqlColumn c) {
    if (value == null) return null;
    try {
      switch (c.type()) {
        case VARCHAR:
          if (value instanceof String s) return AttributeValue.s(s);
          if (value instanceof java.util.Map || value instanceof List) return AttributeValue.s(JsonText.of(value));
          return AttributeValue.s(String.valueOf(value));
        case DECIMAL: case BIGINT: case INTEGER: case SMALLINT: case TINYINT: case DOUBLE: case REAL:
          if (value instanceof BigDecimal d) return AttributeValue.n(d);
          if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return AttributeValue.n(((Number) value).longValue()); // no text round trip, no BigDecimal
          }
          if (value instanceof Number n) return AttributeValue.n(new BigDecimal(n.toString()));
          return AttributeValue.n(Numbers.parse(value.toString()));
        case BOOLEAN: return value instanceof Boolean b ? AttributeValue.bool(b) : null;
        case VARBINARY:
          if (value instanceof ByteString b) return AttributeValue.b(b.getBytes());
          if (value instanceof byte[] b) return AttributeValue.b(b);
          return null;
        case ARRAY: return SqlArrays.toSet(value, c.component());
        default: return null;
      }
    } catch (ValidationException | IllegalArgumentException e) { // NumberFormatException included
      return null;
    }
  }
}
