package io.dynasql.calcite;

import io.dynasql.pushdown.Overflow;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggResetContext;
import org.apache.calcite.adapter.enumerable.AggResultContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.StrictAggImplementor;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * SUM and SUM0 (SUM with 0 for no rows, which Calcite makes of AVG and of windowed SUMs) of an
 * exact integer type, whose result is the exact sum or, past the type's range, an
 * ArithmeticException (SQLState 22003), where Calcite's own sum wraps around to a number of the
 * other sign. A BIGINT sum adds with wrap-around and counts how often it wrapped
 * ({@link Overflow}): only the sum as a whole must fit, as in PostgreSQL, whose SUM of a bigint is
 * exact, so the answer does not depend on the order the rows come in (a table's storage order).
 * The narrower types (whose sums Calcite types BIGINT, so only windowed SUM0s may have them) add
 * with {@link Math#addExact}. The checked arithmetic of the conformance covers expressions, not
 * an aggregate's accumulator. Final plans carry these in place of Calcite's
 * ({@link CheckedAggregates}); NULLs are skipped, and SUM of no row (or only NULLs) is NULL, as
 * Calcite's strict implementors do.
 */
public final class CheckedSum extends StrictAggImplementor {
  /** SUM, typed as Calcite's (the call it replaces carries the type). */
  static final SqlAggFunction SUM = CheckedAggFunction.of("SUM", SqlKind.SUM, ReturnTypes.AGG_SUM, CheckedSum::new);
  /** SUM0. */
  static final SqlAggFunction SUM0 = CheckedAggFunction.of("$SUM0", SqlKind.SUM0, ReturnTypes.AGG_SUM_EMPTY_IS_ZERO,
      CheckedSum::new);

  private CheckedSum() {}

  /** A BIGINT sum keeps its wrapped-around total and how often it wrapped; the others their total. */
  @Override
  public List<Type> getNotNullState(AggContext info) {
    List<Type> state = super.getNotNullState(info);
    return state.equals(List.of(long.class)) ? List.of(long.class, long.class) : state;
  }

  @Override
  protected void implementNotNullReset(AggContext info, AggResetContext reset) {
    for (Expression acc : reset.accumulator().subList(0, getStateSize())) {
      Primitive p = Primitive.of(acc.getType());
      reset.currentBlock().add(Expressions.statement(Expressions.assign(acc, Expressions.constant(p.defaultValue, acc.getType()))));
    }
  }

  @Override
  protected void implementNotNullAdd(AggContext info, AggAddContext add) {
    Expression acc = add.accumulator().get(0);
    Expression value = EnumUtils.convert(add.arguments().get(0), acc.getType());
    if (getStateSize() == 2) {
      Expression wraps = add.accumulator().get(1);
      add.currentBlock().add(Expressions.statement(
          Expressions.assign(wraps, Expressions.call(Overflow.class, "wraps", acc, value, wraps))));
      accAdvance(add, acc, Expressions.call(Overflow.class, "plus", acc, value));
    } else {
      accAdvance(add, acc, Expressions.call(CheckedSum.class, "add", acc, value));
    }
  }

  @Override
  protected Expression implementNotNullResult(AggContext info, AggResultContext result) {
    if (getStateSize() != 2) return super.implementNotNullResult(info, result);
    return Expressions.call(Overflow.class, "exact", result.accumulator().get(0), result.accumulator().get(1));
  }

  // Called by generated code (Calcite needs them public); the accumulator has the SUM's own type.

  /** {@code a + b}, or an ArithmeticException past INTEGER. */
  public static int add(int a, int b) {
    return Math.addExact(a, b);
  }

  /** {@code a + b}, or an ArithmeticException past SMALLINT. */
  public static short add(short a, short b) {
    int sum = a + b;
    if (sum != (short) sum) throw new ArithmeticException("SMALLINT overflow");
    return (short) sum;
  }

  /** {@code a + b}, or an ArithmeticException past TINYINT. */
  public static byte add(byte a, byte b) {
    int sum = a + b;
    if (sum != (byte) sum) throw new ArithmeticException("TINYINT overflow");
    return (byte) sum;
  }
}
