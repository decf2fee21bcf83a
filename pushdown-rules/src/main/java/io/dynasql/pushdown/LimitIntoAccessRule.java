package io.dynasql.pushdown;

import org.apache.calcite.adapter.enumerable.EnumerableLimit;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Pushes a LIMIT that Calcite already split from its ORDER BY into the access below it, so the
 * read itself stops after that many rows; see {@link DynamoRules#LIMIT}. {@code LIMIT n OFFSET m}
 * reads n + m rows and leaves the skipping of the first m above the access. A LIMIT or OFFSET
 * given by a {@code ?} parameter is pushed as a {@link ParamLimit}, bound when the statement runs.
 */
final class LimitIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(EnumerableLimit.class, "DynamoLimitIntoAccess", LimitIntoAccessRule::new);

  private LimitIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    if (!((DynamoTableAccess) call.rel(1)).source().pushdown()) return false;
    EnumerableLimit limit = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    return (rowsToRead(limit.offset, limit.fetch) != null || ParamLimit.of(limit.offset, limit.fetch) != null)
        && !access.path().limited();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    EnumerableLimit limit = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    ParamLimit param = ParamLimit.of(limit.offset, limit.fetch);
    if (param != null) {
      DynamoTableAccess pushed = access.with(access.path().withParamLimit(param), access.fields());
      call.transformTo(limited(pushed.withTraits(limit.getTraitSet()), limit.offset, limit.fetch));
      return;
    }
    DynamoTableAccess pushed = access.with(access.path().withLimit(rowsToRead(limit.offset, limit.fetch)), access.fields());
    call.transformTo(skipping(pushed.withTraits(limit.getTraitSet()), limit.offset));
  }

  /**
   * The rows the store must give for {@code OFFSET offset FETCH fetch} (both literals; no offset:
   * null), or null when they are not known while planning or exceed an int.
   */
  static Integer rowsToRead(RexNode offset, RexNode fetch) {
    if (!(fetch instanceof RexLiteral f) || (offset != null && !(offset instanceof RexLiteral))) return null;
    long n = f.getValueAs(Long.class) + (offset == null ? 0 : ((RexLiteral) offset).getValueAs(Long.class));
    return n > Integer.MAX_VALUE ? null : (int) n;
  }

  /**
   * {@code input} with its first {@code offset} rows skipped above it (no offset: itself), in the
   * access's order: skipping rows keeps it, so no sort is needed above.
   */
  static RelNode skipping(RelNode input, RexNode offset) {
    return offset == null ? input : new EnumerableLimit(input.getCluster(), input.getTraitSet(), input, offset, null);
  }

  /**
   * {@code input} (an access with a parameter limit) under the whole LIMIT still: the values
   * are checked, and a negative or NULL one refused, as without the pushdown; the access only
   * reads no more than the bound rows.
   */
  static RelNode limited(RelNode input, RexNode offset, RexNode fetch) {
    return new EnumerableLimit(input.getCluster(), input.getTraitSet(), input, offset, fetch);
  }
}
