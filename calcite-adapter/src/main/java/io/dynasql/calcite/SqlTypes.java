package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The type mapping between DynamoDB attributes and SQL (docs/types.md): S -> VARCHAR,
 * N -> DECIMAL (or BIGINT, INTEGER, DOUBLE where declared), B -> VARBINARY, BOOL -> BOOLEAN,
 * M and L -> VARCHAR holding JSON, SS / NS / BS -> ARRAY.
 */
public final class SqlTypes {
  private static final Pattern DECLARED = Pattern.compile(
      "\\s*([A-Z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(ARRAY)?\\s*");

  /**
   * The precision and scale of a number column whose type was not declared with (p, s): a sampled
   * N attribute, a DECIMAL key, a DECIMAL declared bare. Such a column holds any number DynamoDB
   * holds; the driver shows its values (and values computed in its type) without padding zeros.
   */
  public static final int NUMBER_PRECISION = 38;
  /** See {@link #NUMBER_PRECISION}. */
  public static final int NUMBER_SCALE = 10;

  /** A parsed declared type. */
  record Declared(SqlTypeName type, int precision, int scale, SqlTypeName component) {}

  private SqlTypes() {}

  /** The SQL type of a key attribute type. */
  static Declared ofKey(AttributeType t) {
    switch (t) {
      case S: return new Declared(SqlTypeName.VARCHAR, -1, -1, null);
      case N: return new Declared(SqlTypeName.DECIMAL, NUMBER_PRECISION, NUMBER_SCALE, null);
      default: return new Declared(SqlTypeName.VARBINARY, -1, -1, null);
    }
  }

  /** The SQL type of an attribute type found by sampling. */
  static Declared ofSampled(AttributeType t) {
    switch (t) {
      case N: return new Declared(SqlTypeName.DECIMAL, NUMBER_PRECISION, NUMBER_SCALE, null);
      case B: return new Declared(SqlTypeName.VARBINARY, -1, -1, null);
      case BOOL: return new Declared(SqlTypeName.BOOLEAN, -1, -1, null);
      case SS: return new Declared(SqlTypeName.ARRAY, -1, -1, SqlTypeName.VARCHAR);
      case NS: return new Declared(SqlTypeName.ARRAY, -1, -1, SqlTypeName.DECIMAL);
      case BS: return new Declared(SqlTypeName.ARRAY, -1, -1, SqlTypeName.VARBINARY);
      default: return new Declared(SqlTypeName.VARCHAR, -1, -1, null);
    }
  }

  /** The key attribute type a SQL type stores as, or null for types keys cannot have. */
  static AttributeType ofKeyFamily(SqlTypeName t) {
    switch (t) {
      case VARCHAR: case CHAR: return AttributeType.S;
      case DECIMAL: case BIGINT: case INTEGER: case SMALLINT: case TINYINT: case DOUBLE: case REAL: return AttributeType.N;
      case VARBINARY: case BINARY: return AttributeType.B;
      default: return null;
    }
  }

  /** Parses a type as the catalog stores it, e.g. {@code DECIMAL(10, 2)} or {@code VARCHAR ARRAY}. */
  static Declared parse(String text) {
    Matcher m = DECLARED.matcher(text.toUpperCase(Locale.ROOT));
    if (!m.matches()) return new Declared(SqlTypeName.VARCHAR, -1, -1, null);
    SqlTypeName base = base(m.group(1).trim());
    int p = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
    int s = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    if (m.group(4) != null) return new Declared(SqlTypeName.ARRAY, -1, -1, base);
    if (base == SqlTypeName.DECIMAL && p < 0) return new Declared(base, NUMBER_PRECISION, NUMBER_SCALE, null);
    return new Declared(base, p, s, null);
  }

  private static SqlTypeName base(String name) {
    switch (name) {
      case "BIGINT": return SqlTypeName.BIGINT;
      case "INT": case "INTEGER": return SqlTypeName.INTEGER;
      case "SMALLINT": return SqlTypeName.SMALLINT;
      case "TINYINT": return SqlTypeName.TINYINT;
      case "DECIMAL": case "NUMERIC": return SqlTypeName.DECIMAL;
      case "DOUBLE": case "DOUBLE PRECISION": case "FLOAT": return SqlTypeName.DOUBLE;
      case "REAL": return SqlTypeName.REAL;
      case "BOOLEAN": case "BOOL": return SqlTypeName.BOOLEAN;
      case "VARBINARY": case "BINARY": case "BLOB": case "BYTES": return SqlTypeName.VARBINARY;
      default: return SqlTypeName.VARCHAR; // VARCHAR, CHAR, TEXT, STRING, JSON
    }
  }
}
