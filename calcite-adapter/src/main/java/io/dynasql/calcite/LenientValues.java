package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * What lenient reads make of a stored value its column's type cannot show: a number or numeric
 * text in an integer column is cut to its whole part (3.7 reads as 3, as {@code getInt} of 3.7
 * does), and is NULL when even that is out of the type's range; numeric text in a DECIMAL, DOUBLE
 * or REAL column is its number; any value in a VARCHAR column is its text (JSON for documents);
 * {@code 'true'} / {@code 'false'} in a BOOLEAN column are booleans. Anything else is NULL.
 */
final class LenientValues {
  private LenientValues() {}

  static Object convert(AttributeValue v, SqlColumn c) {
    switch (c.type()) {
      case VARCHAR:
        if (v instanceof AttributeValue.N n) return n.value().toPlainString();
        if (v instanceof AttributeValue.Bool b) return String.valueOf(b.value());
        return ItemJson.of(v);
      case BIGINT: case INTEGER: case SMALLINT: case TINYINT: {
        BigDecimal d = number(v);
        if (d == null) return null;
        BigInteger whole = d.toBigInteger();
        return whole.bitLength() > 63 ? null : SqlValues.toSql(AttributeValue.n(new BigDecimal(whole)), c);
      }
      case DECIMAL: case DOUBLE: case REAL: {
        BigDecimal d = number(v);
        return d == null ? null : SqlValues.toSql(AttributeValue.n(d), c);
      }
      case BOOLEAN:
        if (v instanceof AttributeValue.S s && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
          return Boolean.valueOf(s.value());
        }
        return null;
      default: return null;
    }
  }

  private static BigDecimal number(AttributeValue v) {
    if (v instanceof AttributeValue.N n) return n.value();
    if (v instanceof AttributeValue.S s) {
      try {
        return Numbers.parse(s.value().trim());
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }
}
