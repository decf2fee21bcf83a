package io.dynasql.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableAggregateBase;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.adapter.enumerable.EnumerableWindow;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.logical.LogicalWindow;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Gives the aggregates Calcite computes in a final plan dynasql's checked implementations: a
 * SUM or SUM0 of an exact integer type becomes {@link CheckedSum} (22003 past the type, never a
 * wrapped-around number), a SUM or SUM0 of a DECIMAL becomes {@link CheckedDecimalSum} (22003 past
 * DECIMAL(38, s)) and SINGLE_VALUE becomes {@link SingleValue} (a typed 21000). Done on the
 * final plan, just before code is generated for it, so that every rule (the pushdown of SUMs to
 * the store or a source, AVG's expansion into SUM and COUNT, sub-query removal, which makes the
 * SINGLE_VALUEs) sees Calcite's own functions, and EXPLAIN prints them. Each replacement keeps
 * its call's type, arguments and name. Aggregates that are not Calcite's generated code (the
 * store's streamed aggregate checks its own sums) are left as they are.
 */
final class CheckedAggregates {
  private CheckedAggregates() {}

  /** {@code root} with every Calcite aggregate and window replaced by its checked counterpart. */
  static RelNode insert(RelNode root) {
    List<RelNode> inputs = new ArrayList<>();
    boolean changed = false;
    for (RelNode in : root.getInputs()) {
      RelNode walked = insert(in);
      changed |= walked != in;
      inputs.add(walked);
    }
    RelNode node = changed ? root.copy(root.getTraitSet(), inputs) : root;
    if (node instanceof EnumerableAggregateBase a) return aggregate(a);
    if (node instanceof EnumerableWindow w) return window(w);
    return node;
  }

  private static RelNode aggregate(EnumerableAggregateBase a) {
    List<AggregateCall> calls = new ArrayList<>();
    boolean changed = false;
    for (AggregateCall c : a.getAggCallList()) {
      SqlAggFunction checked = checked(c.getAggregation(), c.getType());
      changed |= checked != null;
      calls.add(checked == null ? c : AggregateCall.create(c.getParserPosition(), checked, c.isDistinct(),
          c.isApproximate(), c.ignoreNulls(), c.rexList, c.getArgList(), c.filterArg, c.distinctKeys, c.getCollation(),
          c.getType(), c.getName()));
    }
    return changed ? a.copy(a.getTraitSet(), a.getInput(), a.getGroupSet(), a.getGroupSets(), calls) : a;
  }

  /** A window with its groups' calls replaced, made as Calcite's rule makes one (its constructor is not public). */
  private static RelNode window(EnumerableWindow w) {
    List<Window.Group> groups = new ArrayList<>();
    boolean changed = false;
    for (Window.Group g : w.groups) {
      List<Window.RexWinAggCall> calls = new ArrayList<>();
      for (Window.RexWinAggCall c : g.aggCalls) {
        SqlAggFunction checked = checked((SqlAggFunction) c.getOperator(), c.getType());
        changed |= checked != null;
        calls.add(checked == null ? c : new Window.RexWinAggCall(c.getParserPosition(), checked, c.getType(),
            c.getOperands(), c.ordinal, c.distinct, c.ignoreNulls));
      }
      groups.add(new Window.Group(g.keys, g.isRows, g.lowerBound, g.upperBound, g.exclude, g.orderKeys, calls));
    }
    if (!changed) return w;
    LogicalWindow logical = LogicalWindow.create(w.getTraitSet(), w.getHints(), w.getInput(), w.getConstants(),
        w.getRowType(), groups);
    return ((ConverterRule) EnumerableRules.ENUMERABLE_WINDOW_RULE).convert(logical);
  }

  /** The checked function for {@code f} of result {@code type}, or null when Calcite's own is right. */
  private static SqlAggFunction checked(SqlAggFunction f, RelDataType type) {
    if (f instanceof org.apache.calcite.sql.validate.SqlUserDefinedAggFunction) return null; // ours, or a user's
    if (f.getKind() == SqlKind.SINGLE_VALUE) return SingleValue.FUNCTION;
    if (type.getSqlTypeName() == SqlTypeName.DECIMAL) {
      if (f.getKind() == SqlKind.SUM) return CheckedDecimalSum.SUM;
      if (f.getKind() == SqlKind.SUM0) return CheckedDecimalSum.SUM0;
      return null;
    }
    if (!exactInteger(type.getSqlTypeName())) return null;
    if (f.getKind() == SqlKind.SUM) return CheckedSum.SUM;
    if (f.getKind() == SqlKind.SUM0) return CheckedSum.SUM0;
    return null;
  }

  private static boolean exactInteger(SqlTypeName t) {
    return t == SqlTypeName.BIGINT || t == SqlTypeName.INTEGER || t == SqlTypeName.SMALLINT || t == SqlTypeName.TINYINT;
  }
}
