package io.dynasql.calcite;

import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.adapter.enumerable.AggResetContext;
import org.apache.calcite.adapter.enumerable.AggResultContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * The value of a scalar subquery: NULL for no row, the value of one row, and a
 * {@link CardinalityViolationException} (21000) at a second row. It replaces Calcite's
 * SINGLE_VALUE in final plans ({@link CheckedAggregates}), whose generated code throws a plain
 * IllegalStateException. Every row counts, NULL values included (PostgreSQL counts rows), so
 * unlike a user-defined aggregate built by reflection, which skips NULL arguments, the code is
 * generated here.
 */
final class SingleValue implements AggImplementor {
  /** The aggregate function, typed as SINGLE_VALUE: its argument's type, made nullable. */
  static final SqlAggFunction FUNCTION = CheckedAggFunction.of("SINGLE_VALUE", SqlKind.SINGLE_VALUE,
      ReturnTypes.ARG0_FORCE_NULLABLE, SingleValue::new);

  private SingleValue() {}

  /** A flag (a row was seen) and the value. */
  @Override
  public List<Type> getStateType(AggContext info) {
    return List.of(boolean.class, info.returnType());
  }

  @Override
  public void implementReset(AggContext info, AggResetContext reset) {
    List<Expression> acc = reset.accumulator();
    reset.currentBlock().add(Expressions.statement(Expressions.assign(acc.get(0), Expressions.constant(false))));
    Primitive p = Primitive.of(acc.get(1).getType());
    Expression none = Expressions.constant(p == null ? null : p.defaultValue, acc.get(1).getType());
    reset.currentBlock().add(Expressions.statement(Expressions.assign(acc.get(1), none)));
  }

  /** At a second row, throws; else keeps the row's value, NULL or not. */
  @Override
  public void implementAdd(AggContext info, AggAddContext add) {
    List<Expression> acc = add.accumulator();
    Expression seen = acc.get(0);
    add.currentBlock().add(Expressions.ifThen(seen,
        Expressions.throw_(Expressions.new_(CardinalityViolationException.class))));
    add.currentBlock().add(Expressions.statement(Expressions.assign(seen, Expressions.constant(true))));
    add.currentBlock().add(Expressions.statement(
        Expressions.assign(acc.get(1), EnumUtils.convert(add.arguments().get(0), acc.get(1).getType()))));
  }

  @Override
  public Expression implementResult(AggContext info, AggResultContext result) {
    return EnumUtils.convert(result.accumulator().get(1), info.returnType());
  }
}
