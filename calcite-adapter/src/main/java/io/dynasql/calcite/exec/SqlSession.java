package io.dynasql.calcite.exec;

import io.dynasql.calcite.CalciteConfig;
import io.dynasql.calcite.CheckedPrepare;
import io.dynasql.calcite.DynasqlTypeSystem;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.util.ArrayImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * One connection's SQL engine: the schemas it sees and the preparation of statements against
 * them. Not thread-safe; the driver serialises calls on a connection.
 */
public final class SqlSession {
  private final CalciteSchema root = CalciteSchema.createRootSchema(false, false);
  private final JavaTypeFactory types = new JavaTypeFactoryImpl(DynasqlTypeSystem.INSTANCE);
  /**
   * Made on the first statement that is planned: Calcite's preparation loads its planner rules
   * (about 350 classes, a tenth of a second in a fresh JVM), which a connection whose statements
   * are all point reads or DDL never needs.
   */
  private CheckedPrepare prepare;
  private final String defaultSchema;
  private ScanPolicy scans = ScanPolicy.ALLOW;
  private io.dynasql.pushdown.FetchBudget budget = io.dynasql.pushdown.FetchBudget.NONE;
  private final PlanCache cache = new PlanCache();
  private final PlanningWorker planner = new PlanningWorker();
  private ArrayImpl.Factory arrays = UnreadableArrays.INSTANCE;

  /** A session whose unqualified table names resolve in {@code defaultSchema}. */
  public SqlSession(String defaultSchema) {
    this.defaultSchema = defaultSchema;
  }

  /**
   * Adds or replaces schema {@code name}. Nothing is cached: the planner asks each schema for its
   * tables on every statement, so tables made by other connections or processes appear.
   */
  public void putSchema(String name, Schema schema) {
    root.plus().add(name, schema);
  }

  /** Removes schema {@code name} (a source that was dropped); false when there was none. */
  public boolean removeSchema(String name) {
    return root.removeSubSchema(name);
  }

  /** The root of the schemas. */
  public SchemaPlus root() {
    return root.plus();
  }

  /** The schema unqualified names resolve in, or null if it is gone. */
  public SchemaPlus defaultSchema() {
    return root.plus().subSchemas().get(defaultSchema);
  }

  /** The name of {@link #defaultSchema()}. */
  public String defaultSchemaName() {
    return defaultSchema;
  }

  public JavaTypeFactory typeFactory() {
    return types;
  }

  /**
   * Parses {@code sql} (a query or EXPLAIN, once) and prepares its tree ({@link #prepare(SqlNode,
   * String, AtomicBoolean)}): for text that name resolution could not parse (the parse reports
   * its error). Text dynasql makes itself, such as the reads of UPDATE and DELETE, is built as a
   * tree instead, and never parsed.
   */
  public PreparedQuery prepare(String sql, AtomicBoolean cancel) {
    return planner.run(() -> prepareHere(parse(sql), sql, cancel), cancel);
  }

  /**
   * Validates, plans and implements {@code tree}, the parse tree of {@code sql} (a query or
   * EXPLAIN), on a planning worker; the text is not parsed again, and {@code tree} is left as it
   * is (a copy is validated). The call ends with a {@link java.util.concurrent.CancellationException}
   * as soon as {@code cancel} is raised, and the planner stops at its next check. Failures are
   * Calcite's unchecked exceptions, mapped to SQLStates by the driver.
   */
  public PreparedQuery prepare(SqlNode tree, String sql, AtomicBoolean cancel) {
    SqlNode copy = TreeCopy.of(tree);
    return planner.run(() -> prepareHere(copy, sql, cancel), cancel);
  }

  private PreparedQuery prepareHere(SqlNode tree, String sql, AtomicBoolean cancel) {
    PlanningContext context = new PlanningContext(this, root.createSnapshot(
        new org.apache.calcite.schema.impl.LongSchemaVersion(System.nanoTime())), cancel);
    CalcitePrepare.Dummy.push(context);
    try {
      PreparedQuery prepared = new PreparedQuery(sql, preparation().prepare(context, tree, sql), context.plan());
      scans.check(prepared.plan());
      PlanBudget.check(budget, context.finalPlan());
      return prepared;
    } finally {
      CalcitePrepare.Dummy.pop(context);
    }
  }

  /**
   * The session's preparation, made the first time. Only preparations call it, one at a time:
   * the planning worker runs them in turn and the caller waits for each ({@link PlanningWorker}),
   * so the field is published by the hand-over of the work and its result.
   */
  private CheckedPrepare preparation() {
    if (prepare == null) prepare = new CheckedPrepare();
    return prepare;
  }

  /** The parse tree of {@code sql}, read as name resolution reads statements ({@link CalciteConfig#PARSER}). */
  private static SqlNode parse(String sql) {
    try {
      return SqlParser.create(sql, CalciteConfig.PARSER).parseStmt();
    } catch (SqlParseException e) {
      throw new IllegalArgumentException("parse failed: " + e.getMessage(), e);
    }
  }

  /**
   * The prepared query of {@code tree}, the parse tree of {@code sql} (or a tree built as the
   * parser would build that text), under {@code key} (the text, plus anything else its plan
   * depends on, such as index hints): {@code tree} is prepared (as a copy) the first time.
   */
  public PreparedQuery cached(String key, SqlNode tree, String sql, AtomicBoolean cancel) {
    return cache.get(key, () -> prepare(tree, sql, cancel));
  }

  /** The plan cached under {@code key}, or null when there is none: nothing is parsed or prepared. */
  public PreparedQuery planned(String key) {
    return cache.find(key);
  }

  /** Drops the cached plan under {@code key} (it failed in a way a new plan may not). */
  public void forget(String key) {
    cache.remove(key);
  }

  /** Drops every cached plan: a table changed, and plans may read one that no longer exists. */
  public void forgetPlans() {
    cache.clear();
  }

  /** Sets whether plans with a SCAN are refused (the connection's scan setting). */
  public void scans(ScanPolicy policy) {
    this.scans = policy;
  }

  /** Sets the limits on what each statement fetches (the connection's budget properties). */
  public void budget(io.dynasql.pushdown.FetchBudget b) {
    this.budget = b;
  }

  /** Sets what makes the {@code java.sql.Array} values of ARRAY columns (the driver's result sets). */
  public void arrays(ArrayImpl.Factory factory) {
    this.arrays = factory;
  }

  /** What makes the {@code java.sql.Array} values of ARRAY columns. */
  public ArrayImpl.Factory arrays() {
    return arrays;
  }

  /**
   * The rows of {@code query} on {@code context}: a plan that is one GET reads the store directly
   * ({@link PointAccess}); any other runs Calcite's generated code.
   */
  public Enumerable<Object> run(PreparedQuery query, ExecutionContext context) {
    if (query.runsDirect()) return query.plan().point().rows(query.cursorFactory().style == Meta.Style.OBJECT, context);
    return query.signature().enumerable(context);
  }


  /** The root schema the planner of one statement sees, and the default schema's path. */
  CalciteSchema rootSchema() {
    return root;
  }

  List<String> defaultPath() {
    return List.of(defaultSchema);
  }
}
