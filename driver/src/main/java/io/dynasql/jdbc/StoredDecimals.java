package io.dynasql.jdbc;

import io.dynasql.calcite.SqlTypes;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Shows the numbers of DECIMAL table columns with the digits they were stored with. A DECIMAL(p, s)
 * column's values run through a plan at scale s (so {@code BigDecimal.equals} in hash joins,
 * GROUP BY and DISTINCT agrees with numeric equality, see {@code io.dynasql.calcite.SqlValues}),
 * but the store keeps a number without a scale: 100 in DECIMAL(10, 2) is shown as 100, as it was
 * written, not 100.00. Changed are columns read straight from a table and columns of the
 * number type of undeclared scale, DECIMAL(38, 10) (a sampled N attribute, and SUM, MAX or
 * arithmetic over one): 105.5, not 105.5000000000. Other computed values (AVG's DECIMAL(38, 16),
 * a SUM of a DECIMAL(10, 2), a CAST to a declared scale) keep the scale their type gives them.
 */
final class StoredDecimals {
  private final int[] positions;

  private StoredDecimals(int[] positions) {
    this.positions = positions;
  }

  /** The DECIMAL columns of {@code columns} read from a table column, or null when there are none. */
  static StoredDecimals of(List<ColumnMetaData> columns) {
    int[] found = new int[columns.size()];
    int n = 0;
    for (int i = 0; i < columns.size(); i++) {
      ColumnMetaData c = columns.get(i);
      boolean stored = c.columnName != null && !c.columnName.isEmpty() && c.tableName != null && !c.tableName.isEmpty();
      boolean anyNumber = c.precision == SqlTypes.NUMBER_PRECISION && c.scale == SqlTypes.NUMBER_SCALE;
      if ((stored || anyNumber) && (c.type.id == Types.DECIMAL || c.type.id == Types.NUMERIC)) found[n++] = i;
    }
    return n == 0 ? null : new StoredDecimals(java.util.Arrays.copyOf(found, n));
  }

  /** {@code row} (an Object[] of all columns, or the one column's value) with those columns unpadded. */
  Object apply(Object row) {
    if (row instanceof Object[] values) {
      for (int i : positions) values[i] = unpadded(values[i]);
      return values;
    }
    return unpadded(row);
  }

  private static Object unpadded(Object v) {
    if (!(v instanceof BigDecimal d) || d.scale() <= 0) return v;
    if (d.precision() <= 18) {
      // the unscaled value fits a long: dropping zeros with long division is several times cheaper
      // than stripTrailingZeros, and this runs for every DECIMAL value of every row read
      long unscaled = d.unscaledValue().longValue();
      int scale = d.scale();
      while (scale > 0 && unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
      return scale == d.scale() ? d : BigDecimal.valueOf(unscaled, scale);
    }
    BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
