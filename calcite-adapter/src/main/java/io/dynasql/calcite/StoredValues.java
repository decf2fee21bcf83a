package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.pushdown.AccessReport;
import java.util.Map;

/**
 * Reads a stored attribute as the SQL value of its column. A value the column's declared type
 * cannot show is never read as a silent NULL: it is a {@link StoredMisfitException} naming table,
 * key and column, or, with lenient reads (connection property {@code lenientReads=true}), the
 * value converted by {@link LenientValues} with a note on the statement's report that the driver
 * shows as a SQLWarning.
 */
public final class StoredValues {
  /** How a misfit is read. */
  public enum Mode {
    /** A misfit is an error (the default). */
    STRICT,
    /** A misfit is converted, with a warning. */
    LENIENT
  }

  private StoredValues() {}

  /** The SQL value of {@code item}'s attribute under {@code c}, of table {@code table}. */
  public static Object read(Map<String, AttributeValue> item, SqlColumn c, TableDescriptor table, Mode mode, AccessReport report) {
    AttributeValue v = item.get(c.ref().attribute());
    if (v == null || v instanceof AttributeValue.Null) return null;
    Object x = SqlValues.toSql(v, c);
    if (x != null) return x;
    String where = "Item " + key(item, table.keySchema()) + " of table " + table.name() + " holds " + shown(v)
        + " in column " + c.name() + " (" + typeName(c) + ")";
    if (mode == Mode.STRICT) {
      throw new StoredMisfitException(where + ", which that type cannot show; fix the item, or read with the "
          + "connection property lenientReads=true");
    }
    Object converted = LenientValues.convert(v, c);
    if (report != null) report.note(where + "; read as " + (converted == null ? "NULL" : converted) + " (lenientReads)");
    return converted;
  }

  /** The value with its DynamoDB type, as in {@code N 3.7} or {@code S "abc"}, cut at 60 characters. */
  private static String shown(AttributeValue v) {
    String text = ItemJson.of(v);
    if (text.length() > 60) text = text.substring(0, 57) + "...";
    return (v instanceof AttributeValue.Bool ? "BOOL" : v.getClass().getSimpleName()) + " " + text;
  }

  private static String typeName(SqlColumn c) {
    return c.component() == null ? c.type().getName() : c.component().getName() + " ARRAY";
  }

  /** The key in SQL literal style: {@code pk = 'a', sk = 7}. */
  static String key(Map<String, AttributeValue> item, KeySchema k) {
    String out = k.partitionKey() + " = " + literal(item.get(k.partitionKey()));
    return k.hasSortKey() ? out + ", " + k.sortKey() + " = " + literal(item.get(k.sortKey())) : out;
  }

  private static String literal(AttributeValue v) {
    if (v == null) return "?";
    return v instanceof AttributeValue.S s ? "'" + s.value().replace("'", "''") + "'" : ItemJson.of(v);
  }
}
