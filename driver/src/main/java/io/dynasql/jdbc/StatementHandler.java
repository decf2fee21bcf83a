package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;
import io.dynasql.calcite.ddl.DdlExecutor;
import io.dynasql.calcite.ddl.DdlParser;
import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.runtime.Hook;

/**
 * A Statement or PreparedStatement: each execution gets a fresh access report, planned under the
 * {@link PlanInspector} (scan=deny, far-from-data), and SCANs surface as SQLWarnings naming the
 * table, the items read, the read units and the dollars.
 */
final class StatementHandler extends Delegating implements DynasqlStatement {
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate");

  private final ConnectionHandler connection;
  private final boolean preparedFarFromData;
  /** The DDL statement a PreparedStatement was prepared with, or null. */
  private final DdlStatement preparedDdl;
  private Statement self;
  private volatile AccessReport last;
  private volatile String lastSql;
  private volatile long lastStart;
  /** The text a PreparedStatement was prepared with, or null for a plain Statement. */
  private String preparedSql;
  /** The DML a PreparedStatement was prepared with, or null. */
  private DmlStatement preparedDml;
  /** Parameters bound to a prepared DML statement, and its batch. */
  private final Bound bound = new Bound();
  /** The cached plan the last execution borrowed, or null. */
  private volatile PlanPool.Plan lent;
  private final OpenResults results = new OpenResults();
  private volatile boolean closed;
  private final StatementOptions options = new StatementOptions();
  private final Cancellation cancellation = new Cancellation();
  private final BrokenCode brokenCode = new BrokenCode();
  /** clearWarnings was called since the last execution: its SCAN warnings are not shown again. */
  private boolean warningsCleared;
  /** Rows the last DML changed, -1 when the last statement was not DML. */
  private volatile long lastUpdateCount = -1;
  /** Marks "not run on a cached plan; take the normal path". */
  private static final Object FALL_BACK = new Object();

  private StatementHandler(Statement target, ConnectionHandler connection, boolean preparedFarFromData, DdlStatement ddl) {
    super(target);
    this.connection = connection;
    this.preparedFarFromData = preparedFarFromData;
    this.preparedDdl = ddl;
  }

  static <T extends Statement> T wrap(Class<T> iface, Statement target, ConnectionHandler connection, boolean farFromData) {
    return wrap(iface, target, connection, farFromData, null, null);
  }

  /** A statement over {@code target}; with {@code ddl}, a prepared DDL statement. */
  static <T extends Statement> T wrap(Class<T> iface, Statement target, ConnectionHandler connection,
      boolean farFromData, DdlStatement ddl, String sql) {
    return wrap(iface, target, connection, farFromData, ddl, sql, null);
  }

  /** A statement over {@code target}; with {@code dml}, a prepared INSERT / UPDATE / DELETE. */
  static <T extends Statement> T wrap(Class<T> iface, Statement target, ConnectionHandler connection,
      boolean farFromData, DdlStatement ddl, String sql, DmlStatement dml) {
    StatementHandler h = new StatementHandler(target, connection, farFromData, ddl);
    h.preparedSql = sql;
    h.preparedDml = dml;
    T proxy = proxy(iface, h);
    h.self = proxy;
    connection.remember(h);
    return proxy;
  }

  @Override
  protected Object lock() {
    return connection.lock;
  }

  @Override
  protected Object invokeLocked(Object proxy, Method m, Object[] args) throws Throwable {
    if (isObjectMethod(m)) return objectMethod(proxy, m, args);
    String name = m.getName();
    if (name.equals("isClosed")) return closed;
    if (name.equals("close")) {
      close();
      return null;
    }
    if (name.equals("unwrap")) {
      if (((Class<?>) args[0]).isInstance(this)) return this;
      if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
      return forward(m, args);
    }
    if (name.equals("isWrapperFor")) {
      return ((Class<?>) args[0]).isInstance(this) || ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(m, args);
    }
    if (connection.isClosed()) throw SqlStates.connectionClosed();
    if (closed) throw SqlStates.closed("Statement");
    if (EXECUTIONS.contains(name)) return execute(m, args);
    if (name.equals("executeBatch") || name.equals("executeLargeBatch")) return executeBatch(name.equals("executeLargeBatch"));
    if (name.equals("addBatch")) {
      if (args != null && args.length == 1) bound.addSql((String) args[0]);
      else if (preparedDml != null) bound.addRow();
      else forward(m, args);
      return null;
    }
    if (name.equals("clearBatch")) {
      bound.clearBatch();
      return preparedDml == null ? forward(m, args) : null;
    }
    if (preparedDml != null && bound.capture(name, args)) return null;
    switch (name) {
      case "getResultSet": return results.current();
      case "getUpdateCount": return (int) Math.min(Integer.MAX_VALUE, lastUpdateCount);
      case "getLargeUpdateCount": return lastUpdateCount;
      case "getConnection": return connection.proxy();
      case "getMoreResults": {
        int current = args == null || args.length == 0 ? Statement.CLOSE_CURRENT_RESULT : (Integer) args[0];
        if (current == Statement.KEEP_CURRENT_RESULT) results.keepButForget();
        else results.closeAll();
        lastUpdateCount = -1;
        return false;
      }
      case "getGeneratedKeys":
        return results.keys(GeneratedKeys.of(connection, this, self));
      case "setFetchSize":
        StatementOptions.nonNegative("fetchSize", args);
        return forward(m, args);
      case "getWarnings": return warningsCleared ? forward(m, args) : warnings(last, (SQLWarning) forward(m, args));
      case "clearWarnings":
        warningsCleared = true;
        return forward(m, args);
      default: {
        Object option = options.answer(name, args);
        return option != StatementOptions.NOT_AN_OPTION ? option : guarded(() -> forward(m, args));
      }
    }
  }

  /** Closes once: the open result set, the borrowed plan, Calcite's statement. */
  void close() throws SQLException {
    if (closed) return;
    closed = true;
    connection.forget(this);
    try {
      results.closeAll();
    } finally {
      finishLast();
      release();
      try {
        ((Statement) target).close();
      } catch (RuntimeException e) {
        throw SqlStates.of(e);
      }
    }
  }

  /** Called by a result set of this statement once it is closed. */
  void resultSetClosed(ResultSetHandler rs, boolean byCaller) throws SQLException {
    results.closed(rs);
    if (byCaller && options.closeOnCompletion) close();
  }

  /** Whether the connection of this statement is closed. */
  boolean connectionClosed() {
    return connection.isClosed();
  }

  /** Runs one fetch of a result set of this statement, its access report current, under its timeout. */
  Object fetch(SqlCall body, AccessReport report) throws SQLException {
    AccessReport prior = AccessReport.begin(report);
    try {
      return cancellation.run(options.queryTimeout, body);
    } catch (SQLException e) {
      if (BrokenCode.broken(e)) discard();
      throw brokenCode.explain(e);
    } finally {
      AccessReport.end(prior);
    }
  }

  /** Stops the running execution or fetch, from any thread; nothing happens when none runs. */
  @Override
  protected Object cancel() throws SQLException {
    if (closed) throw SqlStates.closed("Statement");
    cancellation.cancel();
    return null;
  }

  /** Makes {@code rs} this statement's open result set and returns what the caller sees. */
  private ResultSet opened(ResultSet rs, AccessReport report, Runnable onClose) {
    return results.current(ResultSetHandler.of(rs, this, self, report, onClose).limit(options.maxRows));
  }

  private Object execute(Method m, Object[] givenArgs) throws Exception {
    try {
      return HintParser.run(givenArgs, (args, hints) -> executeHinted(m, connection.resolveNames(args), hints));
    } catch (SQLException e) {
      throw brokenCode.explain(e);
    } catch (Exception | Error e) {
      throw brokenCode.explain(SqlStates.of(e));
    }
  }

  private Object executeHinted(Method m, Object[] args, HintParser.Parsed hints) throws Exception {
    DdlStatement ddl = preparedDdl;
    if (ddl == null && args != null && args.length > 0 && args[0] instanceof String sql) {
      ddl = (DdlStatement) guarded(() -> DdlParser.parse(sql).orElse(null));
    }
    results.closeAll();
    cancellation.start(null);
    lastUpdateCount = -1;
    warningsCleared = false;
    ((Statement) target).clearWarnings();
    if (ddl != null) return runDdl(m, ddl);
    DmlStatement dml = preparedDml;
    if (dml == null && preparedSql == null && args != null && args.length > 0 && args[0] instanceof String text) {
      dml = DmlStatements.parse(text);
    }
    if (dml != null) {
      String text = preparedSql != null ? preparedSql : (String) args[0];
      return runDml(m, dml, preparedDml != null ? bound.row() : java.util.List.of(), text);
    }
    release();
    if (preparedSql == null && args != null && args.length == 1 && args[0] instanceof String sql
        && (m.getName().equals("executeQuery") || m.getName().equals("execute"))) {
      org.apache.calcite.sql.SqlNode tree = connection.parsed(sql);
      PointRead direct = hints.hints().isEmpty() ? DirectPoint.of(tree, connection.defaultSchema()) : null;
      if (direct != null) return executeDirect(m, sql, direct);
      LiteralLifter.Lifted lifted = LiteralLifter.lift(sql, tree);
      if (lifted != null) {
        Object r = executeCached(m, sql, lifted, hints.key());
        if (r != FALL_BACK) return r;
      }
    }
    AccessReport report = newExecution(preparedSql != null ? preparedSql
        : (args != null && args.length > 0 && args[0] instanceof String s ? s : null), preparedFarFromData);
    AccessReport prior = AccessReport.begin(report);
    try (Hook.Closeable h = PlanInspector.install(connection.denyScans(), report)) {
      cancellation.start((Statement) target);
      Object r = cancellation.run(options.queryTimeout, () -> guarded(() -> preparedSql != null && m.getName().equals("executeQuery")
          && (args == null || args.length == 0) ? connection.executeQuery((PreparedStatement) target) : forward(m, args)));
      if (r instanceof Number && ((Statement) target).getResultSet() != null) {
        ((Statement) target).getResultSet().close();
        finishLast();
        throw new SQLException(m.getName() + " cannot run a query; use executeQuery or execute", "07000");
      }
      if (r instanceof ResultSet rs) return opened(rs, report, () -> { });
      if (Boolean.TRUE.equals(r)) opened(((Statement) target).getResultSet(), report, () -> { });
      else finishLast();
      return r;
    } finally {
      AccessReport.end(prior);
    }
  }

  /** Runs a point GET without planning it ({@link DirectPoint}). */
  private Object executeDirect(Method m, String sql, PointRead direct) throws SQLException {
    return runQuery(m, sql, false, (Statement) target, () -> DirectPoint.execute(direct, (Statement) target, sql), () -> { });
  }

  /**
   * Runs a query {@code call} executes on Calcite's {@code calcite}, under a new access report,
   * the statement's timeout and cancel; {@code onClose} runs when its result set closes.
   */
  private Object runQuery(Method m, String sql, boolean farFromData, Statement calcite, SqlCall call, Runnable onClose)
      throws SQLException {
    AccessReport report = newExecution(sql, farFromData);
    AccessReport prior = AccessReport.begin(report);
    try {
      cancellation.start(calcite);
      ResultSet rs = (ResultSet) cancellation.run(options.queryTimeout, () -> guarded(call));
      ResultSet shown = opened(rs, report, onClose);
      return m.getName().equals("execute") ? Boolean.TRUE : shown;
    } finally {
      AccessReport.end(prior);
    }
  }

  /**
   * Runs a query whose literals were lifted on a cached plan of its parameterised text, planning
   * it (under the plan inspector) only the first time that text is seen.
   */
  private Object executeCached(Method m, String sql, LiteralLifter.Lifted lifted, String hintKey) throws SQLException {
    PlanPool.Plan plan = LiteralPlans.checkout(connection, hintKey + lifted.sql(), lifted.sql());
    if (plan == null || !LiteralPlans.bind(connection, plan, lifted.values())) return FALL_BACK;
    lent = plan;
    PreparedStatement ps = plan.statement();
    try {
      return runQuery(m, sql, plan.farFromData(), ps, () -> connection.executeQuery(ps), this::release);
    } catch (SQLException e) {
      if (BrokenCode.broken(e)) discard(); // the next run plans afresh, and fails the same way
      if (io.dynasql.calcite.StalePlans.tableReplaced(e)) {
        // Another connection dropped or replaced a table the cached plan reads: plan the text afresh.
        discard();
        connection.schemaChanged();
        return FALL_BACK;
      }
      throw e;
    }
  }

  /** Closes the borrowed cached plan instead of returning it. */
  private synchronized void discard() {
    PlanPool.Plan p = lent;
    lent = null;
    if (p == null) return;
    try {
      p.statement().close();
    } catch (SQLException e) {
      // a plan that cannot run again: closing it is all that is left to do
    }
  }

  /** Returns the borrowed cached plan, once. */
  private synchronized void release() {
    PlanPool.Plan p = lent;
    lent = null;
    if (p != null) connection.plans().checkin(p);
  }

  /** Logs the previous execution and starts the report of a new one, of {@code sql}. */
  private AccessReport newExecution(String sql, boolean farFromData) {
    finishLast();
    AccessReport report = new AccessReport();
    if (farFromData) report.markFarFromData();
    report.readSet(connection.transactionReads());
    report.pendingWrites(connection.transactionWrites());
    last = report;
    lastSql = sql;
    lastStart = System.currentTimeMillis();
    return report;
  }

  /** Logs the last execution's accesses, once (its rows are read, or it is being replaced). */
  void finishLast() {
    StatementLog.finish(connection, last, lastSql, lastStart);
  }

  /** Runs INSERT / UPDATE / DELETE, now or (autoCommit off) at commit. */
  private Object runDml(Method m, DmlStatement dml, java.util.List<Object> params, String text) throws SQLException {
    String what = dml.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT) + " on " + dml.table();
    UpdateResults.refuseQuery(m, what);
    connection.checkWritable(what);
    release();
    AccessReport report = newExecution(text, false);
    AccessReport prior = AccessReport.begin(report);
    long count;
    try (Hook.Closeable h = PlanInspector.install(connection.denyScans(), report)) {
      count = (Long) guarded(() -> connection.write(dml, params));
    } finally {
      AccessReport.end(prior);
    }
    finishLast();
    return updated(m, count);
  }

  /** What {@code m} returns for a statement that changed {@code count} rows (DDL: 0). */
  private Object updated(Method m, long count) {
    lastUpdateCount = count;
    return UpdateResults.of(m, count);
  }

  /** Runs the batch (see {@link Batches}) and empties it. */
  private Object executeBatch(boolean large) throws SQLException {
    List<Batches.Entry> entries = new ArrayList<>();
    if (preparedDml != null) {
      for (List<Object> row : bound.batch()) entries.add(() -> runDml(Batches.UPDATE, preparedDml, row, preparedSql));
    } else {
      for (String sql : bound.sqlBatch()) entries.add(() -> execute(Batches.UPDATE, new Object[] {sql}));
    }
    try {
      return Batches.run(entries, large);
    } finally {
      bound.clearBatch();
    }
  }

  /** Runs DDL on the engine; the result has the shape the JDBC method promises. */
  private Object runDdl(Method m, DdlStatement ddl) throws SQLException {
    UpdateResults.refuseQuery(m, "DDL (" + ddl.getClass().getSimpleName() + " " + ddl.table() + ")"); // before it runs
    connection.checkWritable(ddl.getClass().getSimpleName() + " " + ddl.table());
    last = new AccessReport();
    guarded(() -> DdlExecutor.execute(connection.database(), ddl));
    connection.schemaChanged();
    return updated(m, 0);
  }

  /** SQLWarnings for the SCANs of {@code report} and the values it read leniently, chained before {@code others}. */
  SQLWarning warnings(AccessReport report, SQLWarning others) {
    if (report == null) return others;
    SQLWarning withNotes = ReadWarnings.chain(report.notes(), others);
    if (!connection.warnScans()) return withNotes;
    return ScanWarnings.chain(connection.lines(report), withNotes);
  }

  /** The lock of the connection this statement belongs to. */
  Object connectionLock() {
    return connection.lock;
  }

  @Override
  public AccessReport accessReport() {
    return last;
  }

  @Override
  public List<AccessLine> accessLines() {
    return last == null ? new ArrayList<>() : connection.lines(last);
  }
}
