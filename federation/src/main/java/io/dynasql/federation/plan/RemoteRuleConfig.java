package io.dynasql.federation.plan;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The configuration of a rule of {@link RemoteRules}, as Calcite's {@link RelRule} wants it.
 *
 * @param description the rule's name in planner traces
 * @param operandSupplier the operands: a {@code parent} directly over a {@link RemoteScan}
 * @param relBuilderFactory the builders its transformations use
 * @param factory makes the rule of a configuration
 */
record RemoteRuleConfig(String description, RelRule.OperandTransform operandSupplier, RelBuilderFactory relBuilderFactory,
    Function<RemoteRuleConfig, RelOptRule> factory) implements RelRule.Config {

  static RemoteRuleConfig over(Class<? extends RelNode> parent, String description, Function<RemoteRuleConfig, RelOptRule> factory) {
    return new RemoteRuleConfig(description, b -> b.operand(parent).oneInput(a -> a.operand(RemoteScan.class).noInputs()),
        RelFactories.LOGICAL_BUILDER, factory);
  }

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RemoteRuleConfig withRelBuilderFactory(RelBuilderFactory f) {
    return new RemoteRuleConfig(description, operandSupplier, f, factory);
  }

  @Override
  public RemoteRuleConfig withDescription(String d) {
    return new RemoteRuleConfig(d, operandSupplier, relBuilderFactory, factory);
  }

  @Override
  public RemoteRuleConfig withOperandSupplier(RelRule.OperandTransform operands) {
    return new RemoteRuleConfig(description, operands, relBuilderFactory, factory);
  }
}
