package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Reads the input columns of a {@link StreamGroups} plan from each item as it streams by: a
 * column the source reads without converting ({@link DirectRead}) straight off its attribute when
 * it holds the usual type, so a BIGINT is summed as a {@code long} with no SQL value made per
 * item, and everything else (absent, NULL, another type, a number past a long) through
 * {@link DynamoSource#toSql}, which decides misfits and conversions as for any row.
 */
final class StreamColumns {
  private final DynamoSource source;
  private final AccessReport report;
  /** The table column of each input column. */
  private final int[] fields;
  /** Per input column, how it is read directly, or null when only through the source. */
  private final DirectRead[] direct;
  /** Per input column, its attribute (interned, so an item's map finds it by reference). */
  private final String[] attributes;

  StreamColumns(DynamoSource source, int[] fields, AccessReport report) {
    this.source = source;
    this.report = report;
    this.fields = fields;
    this.direct = new DirectRead[fields.length];
    this.attributes = new String[fields.length];
    for (int c = 0; c < fields.length; c++) {
      attributes[c] = source.columns().get(fields[c]).attribute();
      direct[c] = attributes[c] == null ? null : source.directRead(fields[c]);
    }
  }

  /** The SQL value of input column {@code column} in {@code item}, as {@link DynamoSource#toSql} gives it. */
  Object value(Map<String, AttributeValue> item, int column) {
    DirectRead d = direct[column];
    if (d != null) {
      AttributeValue v = item.get(attributes[column]);
      if (d == DirectRead.STRING && v instanceof AttributeValue.S s) return s.value();
      if (d == DirectRead.LONG && v instanceof AttributeValue.N n && n.fitsLong()) return n.longValue();
    }
    return source.toSql(item, fields[column], report);
  }

  /** Adds input column {@code column} of {@code item} to aggregate {@code i} of {@code acc} (not a COUNT(*)). */
  void addTo(GroupAccumulator acc, int i, Map<String, AttributeValue> item, int column) {
    if (direct[column] == DirectRead.LONG && item.get(attributes[column]) instanceof AttributeValue.N n && n.fitsLong()) {
      acc.addLong(i, n.longValue());
    } else {
      acc.add(i, source.toSql(item, fields[column], report));
    }
  }
}
