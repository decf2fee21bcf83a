package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.RollupFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog entry of a view's table: keyed by {@link GroupKey#ATTRIBUTE}, on-demand, one
 * partition, with SQL columns for the group attributes (typed as the base declares them), the
 * aggregates' aliases and the counters ({@link ViewAttributes}), so SQL can read it without sampling.
 */
final class ViewTables {
  private ViewTables() {}

  static TableDescriptor descriptor(RollupInfo view, TableDescriptor base, int keyspace, long nowMillis) {
    List<ColumnInfo> columns = new ArrayList<>();
    columns.add(new ColumnInfo(GroupKey.ATTRIBUTE, "VARCHAR", ColumnInfo.DECLARED));
    for (String g : view.groupBy()) columns.add(new ColumnInfo(g, typeOf(base, g, "VARCHAR"), ColumnInfo.DECLARED));
    for (RollupAggregate a : view.aggregates()) {
      String type = a.function() == RollupFunction.COUNT || a.function() == RollupFunction.COUNT_STAR
          ? "BIGINT" : sumType(typeOf(base, a.attribute(), "DECIMAL"));
      columns.add(new ColumnInfo(a.alias(), type, ColumnInfo.DECLARED));
    }
    columns.add(new ColumnInfo(ViewAttributes.COUNT, "BIGINT", ColumnInfo.DECLARED));
    for (String m : ViewAttributes.measured(view)) {
      columns.add(new ColumnInfo(ViewAttributes.count(m), "BIGINT", ColumnInfo.DECLARED));
      if (ViewAttributes.summed(view, m)) {
        columns.add(new ColumnInfo(ViewAttributes.sum(m), sumType(typeOf(base, m, "DECIMAL")), ColumnInfo.DECLARED));
      }
    }
    return new TableDescriptor(view.view(), keyspace, KeySchema.of(GroupKey.ATTRIBUTE, AttributeType.S), List.of(),
        BillingMode.PAY_PER_REQUEST, 0, 0, "STANDARD", 1, nowMillis, columns, true, List.of(), null, null, List.of(view));
  }

  /**
   * The type SQL gives SUM of a column of {@code sqlType} (the SQL layer's type system: integers
   * widen to BIGINT, DECIMAL(p, s) to DECIMAL(38, s)), so the view answers with the plain SUM's
   * type and values, with no cast that would change a stored number's scale.
   */
  static String sumType(String sqlType) {
    String t = sqlType.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.equals("INT") || t.equals("INTEGER") || t.equals("SMALLINT") || t.equals("TINYINT") || t.equals("BIGINT")) {
      return "BIGINT";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:DECIMAL|NUMERIC)\\s*\\(\\s*\\d+\\s*,\\s*(\\d+)\\s*\\)").matcher(t);
    return m.matches() ? "DECIMAL(38, " + m.group(1) + ")" : sqlType;
  }

  /** The SQL type {@code base} gives {@code attribute}: its column's, its key's, else {@code fallback}. */
  static String typeOf(TableDescriptor base, String attribute, String fallback) {
    for (ColumnInfo c : base.columns()) {
      if (c.name().equals(attribute)) return c.sqlType();
    }
    KeySchema k = base.keySchema();
    AttributeType key = attribute.equals(k.partitionKey()) ? k.partitionType()
        : attribute.equals(k.sortKey()) ? k.sortType() : null;
    if (key == AttributeType.S) return "VARCHAR";
    if (key == AttributeType.N) return "DECIMAL";
    if (key == AttributeType.B) return "VARBINARY";
    return fallback;
  }
}
