package io.dynasql.calcite;

import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.AggregateFunction;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableAggFunction;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.validate.SqlUserDefinedAggFunction;
import org.apache.calcite.util.Optionality;

/**
 * An aggregate function whose code dynasql generates ({@link SingleValue}, {@link CheckedSum}):
 * Calcite asks a user-defined aggregate for its implementor ({@link ImplementableAggFunction}),
 * which is how a final plan gets an aggregate that fails with a typed exception. It keeps the
 * name and kind of the aggregate it stands for, so a plan that is printed or read reads the same.
 * The plans that carry one are typed already: {@link #getReturnType} is never asked.
 */
record CheckedAggFunction(Supplier<AggImplementor> implementors) implements AggregateFunction, ImplementableAggFunction {
  /** {@code name} of {@code kind}, typed by {@code type}, computed by an implementor of {@code implementors}. */
  static SqlAggFunction of(String name, SqlKind kind, SqlReturnTypeInference type,
      Supplier<AggImplementor> implementors) {
    return new SqlUserDefinedAggFunction(new SqlIdentifier(name, SqlParserPos.ZERO), kind, type, null, null,
        new CheckedAggFunction(implementors), false, false, Optionality.FORBIDDEN);
  }

  /** A new implementor for each call: Calcite's keep state about the call they implement. */
  @Override
  public AggImplementor getImplementor(boolean windowContext) {
    return implementors.get();
  }

  /**
   * Never asked: this function is not in any schema, so no validator types a call of it; it only
   * replaces a call in a final plan, keeping that call's type ({@link CheckedAggregates}).
   */
  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    throw new IllegalStateException("a checked aggregate is typed by the call it replaces, not by its function");
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return List.of();
  }
}
