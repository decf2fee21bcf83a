package io.dynasql.calcite;

import io.dynasql.pushdown.CancelChecks;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's statement preparation, with cancel checks ({@link CancelChecks}) put into the final
 * plan just before code is generated for it: EXPLAIN shows the plan as planned, and the checks
 * cost the planner nothing.
 */
final class CancelablePreparingStmt extends CalcitePrepareImpl.CalcitePreparingStmt {
  CancelablePreparingStmt(CalcitePrepareImpl prepare, CalcitePrepare.Context context, CatalogReader catalogReader,
      RelDataTypeFactory typeFactory, CalciteSchema schema, EnumerableRel.Prefer prefer, RelOptCluster cluster,
      Convention resultConvention, SqlRexConvertletTable convertletTable) {
    super(prepare, context, catalogReader, typeFactory, schema, prefer, cluster, resultConvention, convertletTable);
  }

  /** Converts with dynasql's index hints handed down to the table accesses they name. */
  @Override
  protected org.apache.calcite.sql2rel.SqlToRelConverter getSqlToRelConverter(org.apache.calcite.sql.validate.SqlValidator validator,
      CatalogReader catalogReader, org.apache.calcite.sql2rel.SqlToRelConverter.Config config) {
    return super.getSqlToRelConverter(validator, catalogReader,
        config.withHintStrategyTable(io.dynasql.pushdown.AccessHints.STRATEGIES));
  }

  /** EXPLAIN, with a suggested materialized view under a GROUP BY one could answer. */
  @Override
  protected PreparedResult createPreparedExplanation(org.apache.calcite.rel.type.RelDataType resultType,
      org.apache.calcite.rel.type.RelDataType parameterRowType, RelRoot root, org.apache.calcite.sql.SqlExplainFormat format,
      org.apache.calcite.sql.SqlExplainLevel detailLevel) {
    PreparedResult explained = super.createPreparedExplanation(resultType, parameterRowType, root, format, detailLevel);
    if (root == null || format != org.apache.calcite.sql.SqlExplainFormat.TEXT) return explained;
    java.util.List<String> suggestions = io.dynasql.pushdown.ViewSuggestions.of(root.rel);
    return suggestions.isEmpty() ? explained : new SuggestingExplain(explained, suggestions);
  }

  /**
   * Hands the final plan to the session's context ({@link io.dynasql.calcite.exec.PlanningContext},
   * which reads what it accesses) and implements it with cancel checks added.
   */
  @Override
  protected PreparedResult implement(RelRoot root) {
    if (context instanceof io.dynasql.calcite.exec.PlanningContext p) p.planned(root);
    return super.implement(root.withRel(CancelChecks.insert(root.rel)));
  }
}
