package io.dynasql.calcite;

import io.dynasql.pushdown.CancelChecks;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.interpreter.Interpreters;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.runtime.Typed;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's statement preparation of a parse tree ({@link TreePreparation}), with cancel checks
 * ({@link CancelChecks}) and checked aggregates ({@link CheckedAggregates}) put into the final plan
 * just before code is generated for it: EXPLAIN shows the plan as planned, and the checks cost the
 * planner nothing. The final plan is handed to
 * the session's context first, which reads what it accesses.
 */
final class CancelablePreparingStmt extends CalcitePrepareImpl.CalcitePreparingStmt {
  /** The values the generated code reads besides the parameters (what it stashed), filled by {@link #implement}. */
  private final Map<String, Object> internals = new LinkedHashMap<>();
  private final EnumerableRel.Prefer prefer;
  /** The order the implemented plan's rows come in (none for EXPLAIN, which implements nothing). */
  private List<org.apache.calcite.rel.RelCollation> collations = List.of();

  CancelablePreparingStmt(CalcitePrepareImpl prepare, CalcitePrepare.Context context, CatalogReader catalogReader,
      RelDataTypeFactory typeFactory, CalciteSchema schema, EnumerableRel.Prefer prefer, RelOptCluster cluster,
      Convention resultConvention, SqlRexConvertletTable convertletTable) {
    super(prepare, context, catalogReader, typeFactory, schema, prefer, cluster, resultConvention, convertletTable);
    this.prefer = prefer;
  }

  /** A validator configured as Calcite's preparation configures it (conformance, operators, identifier expansion). */
  SqlValidator validator() {
    return createSqlValidator(catalogReader, UnaryOperator.identity());
  }

  /** The values {@link #implement} stashed for the generated code; every execution's data context carries them. */
  Map<String, Object> internals() {
    return internals;
  }

  /** The order of the implemented plan's rows, as Calcite's signature reports it. */
  List<org.apache.calcite.rel.RelCollation> collations() {
    return collations;
  }

  /** Whether the plan runs in Calcite's interpreter (arrays of rows) rather than as generated code. */
  boolean interpreted() {
    return resultConvention == BindableConvention.INSTANCE;
  }

  /** Converts with dynasql's index hints handed down to the table accesses they name. */
  @Override
  protected org.apache.calcite.sql2rel.SqlToRelConverter getSqlToRelConverter(SqlValidator validator,
      CatalogReader catalogReader, org.apache.calcite.sql2rel.SqlToRelConverter.Config config) {
    return super.getSqlToRelConverter(validator, catalogReader,
        config.withHintStrategyTable(io.dynasql.pushdown.AccessHints.STRATEGIES));
  }

  /** Optimizes the plan with its exact divisors guarded ({@link DivisorGuards}), so EXPLAIN shows the guards that run. */
  @Override
  protected RelRoot optimize(RelRoot root, List<org.apache.calcite.prepare.Prepare.Materialization> materializations,
      List<CalciteSchema.LatticeEntry> lattices) {
    return super.optimize(root.withRel(DivisorGuards.insert(root.rel)), materializations, lattices);
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
   * which reads what it accesses) and generates its code with checked aggregates and cancel checks
   * added, as Calcite's
   * preparation does (a Calc on top when the result drops or reorders the plan's fields).
   */
  @Override
  protected PreparedResult implement(RelRoot planned) {
    if (context instanceof io.dynasql.calcite.exec.PlanningContext p) p.planned(planned);
    RelRoot root = planned.withRel(CancelChecks.insert(CheckedAggregates.insert(planned.rel)));
    Bindable<?> bindable;
    if (resultConvention == BindableConvention.INSTANCE) {
      bindable = Interpreters.bindable(root.rel);
    } else {
      EnumerableRel enumerable = (EnumerableRel) root.rel;
      if (!root.isRefTrivial()) {
        RexBuilder rex = enumerable.getCluster().getRexBuilder();
        List<RexNode> projects = new ArrayList<>();
        for (var field : root.fields) projects.add(rex.makeInputRef(enumerable, field.getKey()));
        enumerable = EnumerableCalc.create(enumerable,
            RexProgram.create(enumerable.getRowType(), projects, null, root.validatedRowType, rex));
      }
      try {
        CatalogReader.THREAD_LOCAL.set(catalogReader);
        internals.put("_conformance", context.config().conformance());
        bindable = EnumerableInterpretable.toBindable(internals, context.spark(), enumerable, prefer);
      } finally {
        CatalogReader.THREAD_LOCAL.remove();
      }
    }
    collations = root.collation.getFieldCollations().isEmpty() ? List.of() : List.of(root.collation);
    boolean dml = root.kind.belongsTo(org.apache.calcite.sql.SqlKind.DML);
    Bindable<?> code = bindable;
    return new PreparedResultImpl(root.rel.getRowType(), parameterRowType, fieldOrigins,
        collations, root.rel,
        mapTableModOp(dml, root.kind), dml) {
      /** Only an explanation has text; a plan's code is compiled and loaded, its source is not kept. */
      @Override
      public String getCode() {
        throw new IllegalStateException("A prepared plan keeps no code text; EXPLAIN PLAN FOR shows the plan");
      }

      @Override
      public Bindable getBindable(org.apache.calcite.avatica.Meta.CursorFactory cursorFactory) {
        return code;
      }

      @Override
      public Type getElementType() {
        return ((Typed) code).getElementType();
      }
    };
  }
}
