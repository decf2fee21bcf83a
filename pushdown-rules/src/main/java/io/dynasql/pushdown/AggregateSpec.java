package io.dynasql.pushdown;

import java.util.List;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One aggregate a {@link DynamoStreamAggregate} computes without Calcite's generated
 * accumulators: COUNT(*), COUNT(col), and SUM, MIN and MAX of an integer column, each kept in a
 * {@code long}.
 *
 * @param kind what is computed
 * @param arg the input column it reads, or -1 for COUNT(*)
 */
record AggregateSpec(Kind kind, int arg) {
  /** The aggregates the stream computes; SUM0 is SUM with 0 for a group of only NULLs (AVG's rewrite). */
  enum Kind { COUNT_ALL, COUNT, SUM, SUM0, MIN, MAX }

  /** The spec of {@code call} over {@code input}, or null when the stream cannot compute it as Calcite would. */
  static AggregateSpec of(AggregateCall call, RelDataType input) {
    if (call.isDistinct() || call.hasFilter() || call.isApproximate() || !call.getCollation().getFieldCollations().isEmpty()) {
      return null;
    }
    List<Integer> args = call.getArgList();
    switch (call.getAggregation().getKind()) {
      case COUNT:
        if (args.isEmpty()) return new AggregateSpec(Kind.COUNT_ALL, -1);
        return args.size() == 1 ? new AggregateSpec(Kind.COUNT, args.get(0)) : null;
      case SUM:
        return integral(call, input, Kind.SUM);
      case SUM0:
        return integral(call, input, Kind.SUM0);
      case MIN:
        return integral(call, input, Kind.MIN);
      case MAX:
        return integral(call, input, Kind.MAX);
      default:
        return null;
    }
  }

  /** Only integer arguments, whose result is a BIGINT (SUM) or the argument's own type (MIN, MAX). */
  private static AggregateSpec integral(AggregateCall call, RelDataType input, Kind kind) {
    if (call.getArgList().size() != 1) return null;
    int arg = call.getArgList().get(0);
    SqlTypeName t = input.getFieldList().get(arg).getType().getSqlTypeName();
    if (t != SqlTypeName.BIGINT && t != SqlTypeName.INTEGER && t != SqlTypeName.SMALLINT && t != SqlTypeName.TINYINT) return null;
    SqlTypeName result = call.getType().getSqlTypeName();
    boolean sum = kind == Kind.SUM || kind == Kind.SUM0;
    if (sum ? result != SqlTypeName.BIGINT : result != t) return null;
    return new AggregateSpec(kind, arg);
  }
}
