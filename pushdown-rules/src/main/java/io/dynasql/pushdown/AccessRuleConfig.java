package io.dynasql.pushdown;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The configuration of a rule of {@link DynamoRules}, as Calcite's {@link RelRule} wants it: the
 * operands it matches, its description, the builder factory, and how to make the rule. A caller
 * may derive a variant ({@code DynamoRules.FILTER.config.withDescription(...)}) and
 * {@link #toRule()} it.
 *
 * @param description the rule's name in planner traces
 * @param operandSupplier the tree of operands the rule matches
 * @param relBuilderFactory the builders the rule's transformations use
 * @param factory makes the rule of a configuration
 */
public record AccessRuleConfig(String description, RelRule.OperandTransform operandSupplier,
    RelBuilderFactory relBuilderFactory, Function<AccessRuleConfig, RelOptRule> factory) implements RelRule.Config {

  /** The configuration of a rule matching a {@code parent} directly over a {@link DynamoTableAccess}. */
  static AccessRuleConfig over(Class<? extends RelNode> parent, String description,
      Function<AccessRuleConfig, RelOptRule> factory) {
    RelRule.OperandTransform operands =
        b -> b.operand(parent).oneInput(a -> a.operand(DynamoTableAccess.class).noInputs());
    return new AccessRuleConfig(description, operands, RelFactories.LOGICAL_BUILDER, factory);
  }

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public AccessRuleConfig withRelBuilderFactory(RelBuilderFactory f) {
    return new AccessRuleConfig(description, operandSupplier, f, factory);
  }

  @Override
  public AccessRuleConfig withDescription(String d) {
    return new AccessRuleConfig(d, operandSupplier, relBuilderFactory, factory);
  }

  @Override
  public AccessRuleConfig withOperandSupplier(RelRule.OperandTransform operands) {
    return new AccessRuleConfig(description, operands, relBuilderFactory, factory);
  }
}
