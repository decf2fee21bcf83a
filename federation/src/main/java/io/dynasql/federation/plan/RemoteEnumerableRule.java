package io.dynasql.federation.plan;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Makes the executable (Enumerable) copy of a logical {@link RemoteScan}, with everything pushed into it kept. */
final class RemoteEnumerableRule extends ConverterRule {
  static final Config CONFIG = Config.INSTANCE.withConversion(RemoteScan.class, Convention.NONE,
      EnumerableConvention.INSTANCE, "RemoteScanToEnumerable").withRuleFactory(RemoteEnumerableRule::new);

  private RemoteEnumerableRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    return new RemoteEnumerableScan((RemoteScan) rel, rel.getTraitSet());
  }
}
