package io.dynasql.pushdown;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.Planner;
import org.apache.calcite.tools.Programs;

/**
 * A planner over a schema of fake tables, in the spirit of Calcite's {@code RelOptFixture}: SQL
 * in, the chosen plan's EXPLAIN text out. The Dynamo rules register themselves when the first
 * access node reaches the planner, as they do in the driver.
 */
final class PlanFixture {
  private final SchemaPlus schema = Frameworks.createRootSchema(false).add("s", new org.apache.calcite.schema.impl.AbstractSchema());

  PlanFixture table(String name, FakeTable table) {
    schema.add(name, table);
    return this;
  }

  /** The plan Calcite chooses for {@code sql}, as {@link RelOptUtil#toString} prints it. */
  String explain(String sql) {
    return RelOptUtil.toString(plan(sql));
  }

  /** The plan Calcite chooses for {@code sql}. */
  RelNode plan(String sql) {
    FrameworkConfig config = Frameworks.newConfigBuilder()
        .defaultSchema(schema)
        .parserConfig(SqlParser.config().withCaseSensitive(false))
        .programs(Programs.standard())
        .build();
    Planner planner = Frameworks.getPlanner(config);
    try {
      RelRoot root = planner.rel(planner.validate(planner.parse(sql)));
      RelTraitSet wanted = root.rel.getTraitSet().replace(EnumerableConvention.INSTANCE).replace(root.collation).simplify();
      return planner.transform(0, wanted, root.rel);
    } catch (Exception e) {
      throw new AssertionError("planning failed: " + sql, e);
    } finally {
      planner.close();
    }
  }

  /** The access path of the one table access in {@code sql}'s plan. */
  String access(String sql) {
    String plan = explain(sql);
    int at = plan.indexOf("access=");
    if (at < 0) throw new AssertionError("no access in plan:\n" + plan);
    String line = plan.substring(at, plan.indexOf("\n", at));
    int estimate = line.indexOf("], est_items=");
    if (estimate >= 0) line = line.substring(0, estimate + 1) + ")";
    int fields = line.lastIndexOf("], fields=");
    return fields >= 0 ? line.substring(0, fields) : line.substring(0, line.lastIndexOf("])"));
  }
}
