package io.dynasql.calcite.exec;

import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.AccessRunner;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.rel.type.TimeFrameSet;
import org.apache.calcite.rel.type.TimeFrames;
import org.apache.calcite.schema.SchemaPlus;

/**
 * What one execution's generated code reads ({@link DataContext}): the bound parameters
 * ({@code ?0}, {@code ?1}, ...), the statement's cancel flag and access report, and the time the
 * statement started (CURRENT_TIMESTAMP is the same throughout a statement, as SQL says). Session
 * time zone UTC, as the driver documents.
 */
public final class ExecutionContext implements DataContext {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final SqlSession session;
  private final SchemaPlus root;
  private final Map<String, Object> values = new HashMap<>();
  /** Made on first read ({@link #get}); readers on two threads at once may each make one, equal. */
  private volatile TimeFrameSet frames;

  private ExecutionContext(SqlSession session, SchemaPlus root, long now) {
    this.session = session;
    this.root = root;
    values.put(Variable.UTC_TIMESTAMP.camelName, now);
    values.put(Variable.CURRENT_TIMESTAMP.camelName, now);
    values.put(Variable.LOCAL_TIMESTAMP.camelName, now);
    values.put(Variable.SYS_TIMESTAMP.camelName, now + TimeZone.getDefault().getOffset(now));
    values.put(Variable.TIME_ZONE.camelName, UTC);
    values.put(Variable.USER.camelName, "sa");
    values.put(Variable.SYSTEM_USER.camelName, System.getProperty("user.name"));
    values.put(Variable.LOCALE.camelName, Locale.ROOT);
    values.put(Variable.STDIN.camelName, System.in);
    values.put(Variable.STDOUT.camelName, System.out);
    values.put(Variable.STDERR.camelName, System.err);
  }

  /**
   * The context of one execution of {@code query}: {@code parameters} in Calcite's internal
   * representation (as Avatica's {@code TypedValue.toLocal} gives them), {@code cancel} the flag
   * the store accesses and operators check, {@code report} the statement's access report (null:
   * none is kept), which every access of the execution adds its reads to.
   */
  public static ExecutionContext of(SqlSession session, PreparedQuery query, Object[] parameters, AtomicBoolean cancel,
      AccessReport report) {
    return of(session, query, parameters, cancel, report, 0);
  }

  /**
   * The same, for a statement that hands out at most {@code maxRows} rows (JDBC's setMaxRows; 0:
   * no cap): when each result row is a row of the plan's one access, that access reads no more.
   */
  public static ExecutionContext of(SqlSession session, PreparedQuery query, Object[] parameters, AtomicBoolean cancel,
      AccessReport report, long maxRows) {
    ExecutionContext c = new ExecutionContext(session, session.root(), System.currentTimeMillis());
    c.values.putAll(query.signature().internalParameters);
    for (int i = 0; i < parameters.length; i++) c.values.put("?" + i, parameters[i]);
    c.values.put(Variable.CANCEL_FLAG.camelName, cancel);
    if (report != null) c.values.put(AccessReport.VARIABLE, report);
    if (maxRows > 0 && query.plan().rowsFromOneAccess()) c.values.put(AccessRunner.ROW_CAP, maxRows);
    return c;
  }

  /** The context of a read answered without a plan (a point GET): no parameters. */
  public static ExecutionContext direct(SqlSession session, AtomicBoolean cancel, AccessReport report) {
    ExecutionContext c = new ExecutionContext(session, session.root(), System.currentTimeMillis());
    c.values.put(Variable.CANCEL_FLAG.camelName, cancel);
    if (report != null) c.values.put(AccessReport.VARIABLE, report);
    return c;
  }

  /** The context constant folding sees while a statement is planned. */
  static ExecutionContext forPlanning(SqlSession session, CalciteSchema root) {
    ExecutionContext c = new ExecutionContext(session, root.plus(), System.currentTimeMillis());
    c.values.put(Variable.CANCEL_FLAG.camelName, new AtomicBoolean());
    return c;
  }

  @Override
  public SchemaPlus getRootSchema() {
    return root;
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return session.typeFactory();
  }

  /** No table of dynasql's is queried through linq4j's Queryable API, so there is no provider. */
  @Override
  public QueryProvider getQueryProvider() {
    return null;
  }

  /**
   * The value of variable {@code name}. The time frame set (FLOOR, CEIL and DATEADD by a time
   * unit read it) is made on the first read: building Calcite's frames loads some fifty classes,
   * which a first statement that never rounds a timestamp should not wait for.
   */
  @Override
  public Object get(String name) {
    Object v = values.get(name);
    if (v != null || !Variable.TIME_FRAME_SET.camelName.equals(name)) return v;
    TimeFrameSet f = frames;
    if (f == null) frames = f = session.typeFactory().getTypeSystem().deriveTimeFrameSet(TimeFrames.CORE);
    return f;
  }
}
