package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.Numbers;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL arrays to DynamoDB sets: an ARRAY column of strings is a string set (SS), of numbers a
 * number set (NS), of binaries a binary set (BS). Sets cannot be empty or hold NULL in DynamoDB,
 * and repeated elements collapse.
 */
public final class SqlArrays {
  private SqlArrays() {}

  /** The elements of a JDBC array, a list or a Java array (of objects or primitives); empty for anything else. */
  public static List<?> elements(Object value) {
    try {
      if (value instanceof java.sql.Array a) return elements(a.getArray());
    } catch (SQLException e) {
      return List.of();
    }
    if (value instanceof List<?> l) return l;
    if (value instanceof Object[] a) return Arrays.asList(a);
    if (value != null && value.getClass().isArray()) { // int[], long[], double[]: how an ARRAY of integers can come back
      List<Object> out = new java.util.ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) out.add(java.lang.reflect.Array.get(value, i));
      return out;
    }
    return List.of();
  }

  /** Whether {@code value} is an array (JDBC, list or Java) with no elements. */
  public static boolean isEmptyArray(Object value) {
    return isArray(value) && elements(value).isEmpty();
  }

  /** Whether {@code value} is a JDBC array, a list or a Java array other than byte[] (which is one binary). */
  public static boolean isArray(Object value) {
    return value instanceof java.sql.Array || value instanceof List
        || (value != null && value.getClass().isArray() && !(value instanceof byte[]));
  }

  /** The set holding {@code value}'s elements, or null when it cannot be one (empty, NULLs, wrong types). */
  static AttributeValue toSet(Object value, SqlTypeName component) {
    if (!isArray(value)) return null;
    List<?> elements = elements(value);
    // not elements.contains(null): List.of(...) throws NullPointerException when asked about null
    if (elements.isEmpty() || elements.stream().anyMatch(java.util.Objects::isNull) || component == null) return null;
    switch (component) {
      case VARCHAR: case CHAR: {
        Set<String> out = new LinkedHashSet<>();
        for (Object e : elements) out.add(String.valueOf(e));
        return new AttributeValue.SS(out);
      }
      case VARBINARY: case BINARY: {
        Set<Bytes> out = new LinkedHashSet<>();
        for (Object e : elements) {
          if (e instanceof ByteString b) out.add(Bytes.copyOf(b.getBytes()));
          else if (e instanceof byte[] b) out.add(Bytes.copyOf(b));
          else return null;
        }
        return new AttributeValue.BS(out);
      }
      default: {
        if (!SqlTypeName.NUMERIC_TYPES.contains(component)) return null;
        Set<BigDecimal> out = new LinkedHashSet<>();
        for (Object e : elements) out.add(e instanceof BigDecimal d ? d : Numbers.parse(e.toString()));
        return new AttributeValue.NS(out);
      }
    }
  }
}
