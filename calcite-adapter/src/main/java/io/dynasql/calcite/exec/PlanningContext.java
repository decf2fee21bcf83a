package io.dynasql.calcite.exec;

import io.dynasql.calcite.CheckedPrepare;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.tools.RelRunner;

/**
 * What Calcite's preparation of one statement sees ({@link CalcitePrepare.Context}, public API):
 * the session's schemas and type factory, dynasql's configuration, the statement's cancel flag
 * (the planner stops when it is raised) and, once planning is done, the final plan, which
 * {@link io.dynasql.calcite.CheckedPrepare} hands back here just before code is generated for it.
 */
public final class PlanningContext implements CalcitePrepare.Context {
  private final SqlSession session;
  private final CalciteSchema snapshot;
  private final AtomicBoolean cancel;
  private PlanFacts plan;
  private org.apache.calcite.rel.RelNode finalPlan;

  PlanningContext(SqlSession session, CalciteSchema snapshot, AtomicBoolean cancel) {
    this.session = session;
    this.snapshot = snapshot;
    this.cancel = cancel;
  }

  /** The flag that stops the planner, or null. */
  public AtomicBoolean cancelFlag() {
    return cancel;
  }

  /** Called with the final plan of a query (not of EXPLAIN), before code is generated for it. */
  public void planned(RelRoot finalPlan) {
    plan = PlanFacts.of(finalPlan);
    this.finalPlan = finalPlan.rel;
  }

  /** The final plan of a query, or null (EXPLAIN and statements that run no plan). */
  org.apache.calcite.rel.RelNode finalPlan() {
    return finalPlan;
  }

  /** What the final plan is; {@link PlanFacts#NONE} for EXPLAIN and other statements that run no plan. */
  PlanFacts plan() {
    return plan == null ? PlanFacts.NONE : plan;
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return session.typeFactory();
  }

  @Override
  public CalciteSchema getRootSchema() {
    return snapshot;
  }

  @Override
  public CalciteSchema getMutableRootSchema() {
    return session.rootSchema();
  }

  @Override
  public List<String> getDefaultSchemaPath() {
    return session.defaultPath();
  }

  @Override
  public CalciteConnectionConfig config() {
    return CheckedPrepare.config();
  }

  @Override
  public CalcitePrepare.SparkHandler spark() {
    return CalcitePrepare.Dummy.getSparkHandler(false);
  }

  @Override
  public DataContext getDataContext() {
    return ExecutionContext.forPlanning(session, snapshot);
  }

  @Override
  public List<String> getObjectPath() {
    return null;
  }

  /**
   * Calcite's JDBC connection answers this; dynasql's preparation never asks (it runs relational
   * plans itself), so a call means a Calcite feature dynasql does not offer was reached.
   */
  @Override
  public RelRunner getRelRunner() {
    throw new IllegalStateException("dynasql runs no relational expression through a Calcite JDBC connection");
  }
}
