package io.dynasql.calcite;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggResetContext;
import org.apache.calcite.adapter.enumerable.AggResultContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.StrictAggImplementor;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * SUM and SUM0 of a DECIMAL: the exact BigDecimal sum, or an ArithmeticException (SQLState 22003)
 * when it has more integer digits than its type holds. The type is DECIMAL(38, s) for a column of
 * scale s ({@link DynasqlTypeSystem#deriveSumType}), and 38 digits is as many as a DynamoDB number
 * has; Calcite's own sum would hand out a 39-digit value under a 38-digit type, which a client that
 * trusts the column's metadata (a BI tool, a copy into another database) then fails on. The SQL
 * standard makes a result that its type cannot hold an exception, numeric value out of range.
 * Final plans carry these in place of Calcite's ({@link CheckedAggregates}); NULLs are skipped,
 * and SUM of no row is NULL.
 */
public final class CheckedDecimalSum extends StrictAggImplementor {
  /** SUM, typed as Calcite's (the call it replaces carries the type). */
  static final SqlAggFunction SUM = CheckedAggFunction.of("SUM", SqlKind.SUM, ReturnTypes.AGG_SUM, CheckedDecimalSum::new);
  /** SUM0 (AVG's sum, and windowed sums). */
  static final SqlAggFunction SUM0 = CheckedAggFunction.of("$SUM0", SqlKind.SUM0, ReturnTypes.AGG_SUM_EMPTY_IS_ZERO,
      CheckedDecimalSum::new);

  private CheckedDecimalSum() {}

  @Override
  public List<java.lang.reflect.Type> getNotNullState(AggContext info) {
    return List.of(BigDecimal.class);
  }

  @Override
  protected void implementNotNullReset(AggContext info, AggResetContext reset) {
    Expression acc = reset.accumulator().get(0);
    reset.currentBlock().add(Expressions.statement(Expressions.assign(acc, Expressions.field(null, BigDecimal.class, "ZERO"))));
  }

  @Override
  protected void implementNotNullAdd(AggContext info, AggAddContext add) {
    Expression acc = add.accumulator().get(0);
    Expression value = EnumUtils.convert(add.arguments().get(0), BigDecimal.class);
    accAdvance(add, acc, Expressions.call(acc, "add", value));
  }

  @Override
  protected Expression implementNotNullResult(AggContext info, AggResultContext result) {
    RelDataType type = info.returnRelType();
    return Expressions.call(CheckedDecimalSum.class, "fit", result.accumulator().get(0),
        Expressions.constant(type.getPrecision()), Expressions.constant(type.getScale()));
  }

  /** Called by generated code: {@code sum}, or an ArithmeticException when DECIMAL(precision, scale) cannot hold it. */
  public static BigDecimal fit(BigDecimal sum, int precision, int scale) {
    if (sum.precision() - sum.scale() > precision - scale) {
      throw new ArithmeticException("DECIMAL(" + precision + ", " + scale + ") overflow: the sum " + sum.toPlainString()
          + " has more than " + (precision - scale) + " integer digits");
    }
    return sum;
  }
}
