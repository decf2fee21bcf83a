package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.ViewExpanders;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * The plan that answers a matched GROUP BY ({@link ViewMatch}) from the view's table: a read of
 * the view table (which the other rules narrow, the WHERE on group columns included; a WHERE naming
 * every group value becomes a GET of that group's item, {@link ViewGroupKey}), projected to
 * the aggregate's row: group columns as stored, COUNT(*) from the group count, COUNT(a) and SUM(a)
 * from the view's counters. No aggregation is left above the store.
 */
final class ViewRewrite {
  private ViewRewrite() {}

  /** The rewritten plan, or null when the view's table is not in the base table's schema. */
  static RelNode build(Aggregate agg, DynamoTableAccess access, ViewMatch m, RelBuilder b) {
    List<String> name = new ArrayList<>(access.getTable().getQualifiedName());
    name.set(name.size() - 1, m.view().name());
    RelOptTable viewTable = access.getTable().getRelOptSchema().getTableForMember(name);
    if (viewTable == null) return null;
    RelNode view = viewTable.toRel(ViewExpanders.simpleContext(access.getCluster()));
    if (!(view instanceof DynamoTableAccess viewAccess)) return null;
    List<ColumnRef> columns = viewAccess.source().columns();
    RexBuilder rex = access.getCluster().getRexBuilder();
    b.push(view);
    // a WHERE naming every group value reads that group's item by its key: a GET, not a SCAN
    ViewGroupKey.of(m.view(), m.filter(), m.accessAttributes()).ifPresent(key ->
        b.filter(b.equals(b.field(column(columns, m.view().keyAttribute())), b.literal(key))));
    if (m.filter() != null) {
      b.filter(m.filter().accept(new RexShuttle() {
        @Override
        public RexNode visitInputRef(RexInputRef ref) {
          return b.field(column(columns, m.accessAttributes().get(ref.getIndex())));
        }
      }));
    }
    List<RexNode> out = new ArrayList<>();
    List<RelDataTypeField> fields = agg.getRowType().getFieldList();
    int at = 0;
    for (int g : agg.getGroupSet()) {
      out.add(typed(rex, fields.get(at++).getType(), b.field(column(columns, m.inputAttributes().get(g)))));
    }
    for (AggregateCall c : agg.getAggCallList()) {
      String arg = c.getArgList().isEmpty() ? null : m.inputAttributes().get(c.getArgList().get(0));
      RexNode value;
      if (arg == null) {
        value = b.field(column(columns, m.view().countAttribute()));
      } else if (c.getAggregation().getKind() == SqlKind.COUNT) {
        value = b.field(column(columns, m.view().counts().get(arg)));
      } else {
        value = b.field(column(columns, m.view().sums().get(arg)));
        if (c.getAggregation().getKind() == SqlKind.SUM0) {
          value = rex.makeCall(SqlStdOperatorTable.COALESCE, value, rex.makeZeroLiteral(value.getType()));
        }
      }
      out.add(typed(rex, fields.get(at++).getType(), value));
    }
    return b.project(out, agg.getRowType().getFieldNames(), true).build();
  }

  /**
   * {@code value} as the aggregate's column type. The view's sum columns are declared with SQL's SUM
   * type already, so no CAST changes a stored number's scale (the plain SUM keeps 7 as 7); what is
   * left is nullability (a count is never absent) and a decimal declared without a scale.
   */
  private static RexNode typed(RexBuilder rex, RelDataType type, RexNode value) {
    return value.getType().equals(type) ? value : rex.makeCast(type, value, true, false);
  }

  private static int column(List<ColumnRef> columns, String attribute) {
    for (int i = 0; i < columns.size(); i++) {
      if (attribute.equals(columns.get(i).attribute())) return i;
    }
    throw new IllegalStateException("materialized view table has no column " + attribute);
  }
}
