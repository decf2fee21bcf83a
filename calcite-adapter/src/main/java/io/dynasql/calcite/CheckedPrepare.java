package io.dynasql.calcite;

import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;
import org.apache.calcite.tools.RelRunner;

/**
 * Calcite's statement preparation with checked integer arithmetic: {@code n + 1} at the top of
 * BIGINT or INTEGER fails (an ArithmeticException, SQLState 22003) instead of wrapping around;
 * and with plans that stop at a cancel or timeout in every operator ({@link CancelablePreparingStmt}).
 * Calcite reads the choice from the conformance ({@link SqlConformance#checkedArithmetic()}),
 * which its connection property can only name as one of its built-in dialects; this gives the
 * DEFAULT conformance (the one {@link CalciteConfig#PARSER} parses with) checked arithmetic.
 */
public final class CheckedPrepare extends CalcitePrepareImpl {
  /** The DEFAULT conformance, with overflow checked. */
  public static final SqlConformance CONFORMANCE = new SqlDelegatingConformance(SqlConformanceEnum.DEFAULT) {
    @Override
    public boolean checkedArithmetic() {
      return true;
    }
  };

  /** The connection settings of {@link CalciteConfig}, with {@link #CONFORMANCE}. */
  private static final CalciteConnectionConfig CONFIG = new CalciteConnectionConfigImpl(CalciteConfig.connectionProperties()) {
    @Override
    public SqlConformance conformance() {
      return CONFORMANCE;
    }
  };

  /** As Calcite's own (the documented extension point), but a {@link CancelablePreparingStmt}. */
  @Override
  protected CalcitePreparingStmt getPreparingStmt(Context context, Type elementType, CalciteCatalogReader catalogReader,
      RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    Convention result = enableBindable ? BindableConvention.INSTANCE : EnumerableConvention.INSTANCE;
    return new CancelablePreparingStmt(this, context, catalogReader, typeFactory, context.getRootSchema(), prefer,
        createCluster(planner, new RexBuilder(typeFactory)), result, createConvertletTable());
  }

  /**
   * The planner, without merge joins: a merge join pairs the rows of equal keys in a loop that
   * reads no input, so a cancel or timeout (checked on every row an operator takes in) cannot stop
   * it, and the store's accesses rarely deliver rows sorted on a join key, so a hash join serves.
   * The planner also gets the statement's cancel flag (on the session's planning context), so a cancel or a
   * timeout stops a long planning too.
   */
  @Override
  protected org.apache.calcite.plan.RelOptPlanner createPlanner(Context context, org.apache.calcite.plan.Context externalContext,
      org.apache.calcite.plan.RelOptCostFactory costFactory) {
    java.util.concurrent.atomic.AtomicBoolean flag = context instanceof io.dynasql.calcite.exec.PlanningContext p
        ? p.cancelFlag() : null;
    org.apache.calcite.plan.Context withFlag = flag == null ? externalContext
        : org.apache.calcite.plan.Contexts.chain(org.apache.calcite.plan.Contexts.of(new org.apache.calcite.util.CancelFlag(flag)),
            externalContext == null ? org.apache.calcite.plan.Contexts.empty() : externalContext);
    org.apache.calcite.plan.RelOptPlanner planner = super.createPlanner(context, withFlag, costFactory);
    planner.removeRule(org.apache.calcite.adapter.enumerable.EnumerableRules.ENUMERABLE_MERGE_JOIN_RULE);
    return planner;
  }

  /**
   * Calcite's parser for the statement, reading identifiers as long as {@link CalciteConfig#PARSER}
   * does: the connection's settings cannot name the identifier length, and every parse of a
   * statement (this one, name resolution, literal lifting) must accept the same names. Counted
   * with the others ({@link Parses}): Calcite parses only the text of views it expands.
   */
  @Override
  protected org.apache.calcite.sql.parser.SqlParser createParser(String sql, org.apache.calcite.sql.parser.SqlParser.Config config) {
    return super.createParser(sql, config.withIdentifierMaxLength(CalciteConfig.IDENTIFIER_MAX_LENGTH)
        .withParserFactory(Parses.FACTORY));
  }

  /**
   * Prepares {@code tree}, the parse tree of {@code sql} (validated in place), without parsing the
   * text again ({@link TreePreparation}); failures are Calcite's unchecked exceptions.
   */
  public CalciteSignature<Object> prepare(Context context, org.apache.calcite.sql.SqlNode tree, String sql) {
    return TreePreparation.prepare(this, context, tree, sql);
  }

  /** The preparing statement of one statement, on a fresh planner as {@link #prepareSql} makes it. */
  CancelablePreparingStmt preparingStatement(Context context, CalciteCatalogReader reader) {
    return (CancelablePreparingStmt) getPreparingStmt(context, Object[].class, reader, createPlanner(context));
  }

  /** dynasql's Calcite configuration, with {@link #CONFORMANCE}. */
  public static CalciteConnectionConfig config() {
    return CONFIG;
  }

  /** Prepares with dynasql's configuration (a session's own context already has it). */
  @Override
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    Context configured = context instanceof io.dynasql.calcite.exec.PlanningContext ? context : new Checked(context);
    return super.prepareSql(configured, query, elementType, maxRowCount);
  }

  /** The caller's context, configured with {@link #CONFIG}. */
  private record Checked(Context context) implements Context {
    @Override
    public CalciteConnectionConfig config() {
      return CONFIG;
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
      return context.getTypeFactory();
    }

    @Override
    public CalciteSchema getRootSchema() {
      return context.getRootSchema();
    }

    @Override
    public CalciteSchema getMutableRootSchema() {
      return context.getMutableRootSchema();
    }

    @Override
    public List<String> getDefaultSchemaPath() {
      return context.getDefaultSchemaPath();
    }

    @Override
    public CalcitePrepare.SparkHandler spark() {
      return context.spark();
    }

    @Override
    public DataContext getDataContext() {
      return context.getDataContext();
    }

    @Override
    public List<String> getObjectPath() {
      return context.getObjectPath();
    }

    @Override
    public RelRunner getRelRunner() {
      return context.getRelRunner();
    }
  }
}
