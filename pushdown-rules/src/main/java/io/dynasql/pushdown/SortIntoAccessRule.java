package io.dynasql.pushdown;

import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.logical.LogicalSort;

/**
 * Pushes ORDER BY the sort key (one partition: the store's order, forward or backward, so no
 * sort) and LIMIT [OFFSET] (the read stops early) into an access; see {@link DynamoRules#SORT}.
 */
final class SortIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(LogicalSort.class, "DynamoSortIntoAccess", SortIntoAccessRule::new);

  private SortIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    if (!((DynamoTableAccess) call.rel(1)).source().pushdown()) return false;
    LogicalSort sort = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    if (access.path().limited()) return false;
    // an OFFSET is pushed only with its FETCH: the store then reads FETCH + OFFSET rows
    if ((sort.fetch != null || sort.offset != null) && LimitIntoAccessRule.rowsToRead(sort.offset, sort.fetch) == null
        && ParamLimit.of(sort.offset, sort.fetch) == null) {
      return false;
    }
    RelCollation c = sort.getCollation();
    if (c.getFieldCollations().isEmpty()) return sort.fetch != null;
    return sortKeyDirection(c, access) != null;
  }

  /** True for ascending, false for descending, null when the order is not the store's. */
  static Boolean sortKeyDirection(RelCollation c, DynamoTableAccess access) {
    AccessPath p = access.path();
    if (c.getFieldCollations().size() != 1) return null;
    if (p.kind() == AccessKind.GET) return Boolean.TRUE;
    if (p.kind() != AccessKind.QUERY || p.partitionValues().size() != 1) return null;
    RelFieldCollation fc = c.getFieldCollations().get(0);
    ColumnRef col = access.source().columns().get(access.fields().get(fc.getFieldIndex()));
    String sk = access.source().shape().keySchemaOf(p.index()).sortKey();
    if (sk == null || !sk.equals(col.attribute())) return null;
    if (fc.direction == RelFieldCollation.Direction.ASCENDING) return Boolean.TRUE;
    if (fc.direction == RelFieldCollation.Direction.DESCENDING) return Boolean.FALSE;
    return null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    AccessPath p = access.path();
    RelCollation c = sort.getCollation();
    if (!c.getFieldCollations().isEmpty()) p = p.withOrder(sortKeyDirection(c, access));
    ParamLimit param = ParamLimit.of(sort.offset, sort.fetch);
    if (param != null) {
      DynamoTableAccess pushed = access.with(p.withParamLimit(param), access.fields());
      call.transformTo(LimitIntoAccessRule.limited(pushed.withTraits(pushed.getTraitSet().replace(c)), sort.offset, sort.fetch));
      return;
    }
    if (sort.fetch != null) p = p.withLimit(LimitIntoAccessRule.rowsToRead(sort.offset, sort.fetch));
    DynamoTableAccess pushed = access.with(p, access.fields());
    call.transformTo(LimitIntoAccessRule.skipping(pushed.withTraits(pushed.getTraitSet().replace(c)), sort.offset));
  }
}
