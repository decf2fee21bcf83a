package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.calcite.names.NameResolution;
import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.linq4j.Enumerable;

/**
 * The executions of one statement: each gets a fresh access report (logged to
 * {@code sys.access_log} once its rows are read), runs under the statement's timeout and cancel,
 * and leaves either an open result set or an update count. Text is resolved here: hints (done by
 * the caller), names, then DDL, DML or a query, in that order.
 */
final class Executions {
  /** A query ready to run: its plan and its parameters in Calcite's internal representation. */
  record Planned(PreparedQuery query, Object[] locals) {}

  /** A write that adds its reads and writes to the execution's {@code report}. */
  @FunctionalInterface
  interface Reported<T> {
    T call(AccessReport report) throws SQLException;
  }

  /** Plans a query, under the statement's timeout and cancel. */
  @FunctionalInterface
  interface Planner {
    Planned plan() throws SQLException;
  }

  private final JdbcConnection connection;
  private final JdbcStatement statement;
  private final Cancellation cancellation = new Cancellation();
  private final BrokenCode brokenCode = new BrokenCode();
  private final OpenResults results = new OpenResults();
  private volatile io.dynasql.calcite.dml.RowProgress progress = io.dynasql.calcite.dml.RowProgress.NONE;
  /** Seconds each call may run (setQueryTimeout), 0 for no limit. */
  int queryTimeout;
  /** The most rows a result set gives (setMaxRows), 0 for no limit. */
  long maxRows;
  private volatile AccessReport last;
  private volatile String lastSql;
  private volatile long lastStart;
  private volatile long updateCount = -1;
  /** clearWarnings was called since the last execution: its SCAN warnings are not shown again. */
  private boolean warningsCleared;
  /** Whether the last query's rows came straight from a GetItem (no generated code): for tests. */
  private boolean lastDirect;

  Executions(JdbcConnection connection, JdbcStatement statement) {
    this.connection = connection;
    this.statement = statement;
  }

  /** Runs SQL text (its index hints are Calcite hints, read by the planner: see {@code AccessHints}). */
  Object text(Call call, String written) throws SQLException {
    String analyzed = ExplainAnalyze.query(written);
    if (analyzed != null) return analyze(call, analyzed);
    cancellation.clockFrom(System.nanoTime());
    connection.refreshSources();
    SeenShape shape = SeenShape.of(connection, written);
    if (shape != null && shape.entry() != null) {
      Object done = ShapeRuns.run(this, call, shape.lexed(), shape.entry());
      if (done != null) return done;
    }
    SqlSession session = connection.session();
    String command = SessionCommands.query(written, session);
    String text = command != null ? command : written;
    io.dynasql.federation.ddl.SourceStatement source = SourceDdl.parse(text);
    if (source != null) return source(call, source);
    NameResolution.Resolved resolved = StatementTrees.resolve(session, text);
    String sql = resolved.sql();
    DmlStatement explained = ExplainWrite.of(resolved);
    if (explained != null) return explainWrite(call, explained, sql);
    DdlStatement ddl = JdbcStatement.ddl(sql);
    if (ddl != null) {
      cancellation.clockFrom(0); // DDL runs without a timeout
      return statement.runDdl(call, ddl);
    }
    DmlStatement dml = DmlStatements.parse(resolved);
    if (dml != null) return dml(call, dml, List.of(), sql);
    return read(call, sql, resolved, shape);
  }

  /**
   * Runs a query of resolved text: a point GET without planning, a cached shape, or planned
   * afresh; when {@code shape} is known and had no entry, what it was found to be is remembered.
   */
  private Object read(Call call, String sql, NameResolution.Resolved resolved, SeenShape shape) throws SQLException {
    SqlSession session = connection.session();
    boolean learn = shape != null && shape.entry() == null && resolved.tree() != null;
    DirectPoint.Template template = resolved.tree() != null
        ? DirectPoint.template(resolved.tree(), session.defaultSchema(), session.typeFactory()) : null;
    if (template != null) {
      DirectPoint.Found direct = template.bind(DirectPoint.literal(template.pk().literal()),
          template.sk() == null ? null : DirectPoint.literal(template.sk().literal()));
      if (direct != null) {
        if (learn) shape.remember(connection, ShapeEntries.point(shape.lexed(), sql, resolved.tree(), template));
        return point(call, sql, direct);
      }
    }
    LiteralLifter.Lifted lifted = resolved.tree() == null ? null : LiteralLifter.lift(sql, resolved.tree());
    return query(call, sql, () -> {
      Planned p = lifted == null ? null : LiteralPlans.plan(session, lifted.sql(), lifted, cancellation.flag());
      if (p != null && learn && template == null) shape.remember(connection, ShapeEntries.lifted(shape.lexed(), sql, resolved.tree(), lifted));
      return p != null ? p : new Planned(StatementTrees.prepare(session, resolved, cancellation.flag()), new Object[0]);
    });
  }

  /**
   * EXPLAIN ANALYZE: refuses a write or DDL before anything runs, then runs the query reading
   * every row (labelled and logged as its own run), and answers its plan with the actuals beside
   * the estimates ({@link ExplainAnalyze}).
   */
  private Object analyze(Call call, String written) throws SQLException {
    call.refuseRows("EXPLAIN ANALYZE");
    cancellation.clockFrom(System.nanoTime());
    SqlSession session = connection.session();
    NameResolution.Resolved resolved = ExplainAnalyze.resolveQuery(session, written);
    String sql = resolved.sql();
    String plan = ExplainAnalyze.plan(session, resolved, cancellation.flag());
    JdbcResultSet rows = (JdbcResultSet) read(Call.QUERY, sql, resolved, null);
    while (rows.next()) {
      // discarded: the accesses read what the whole result needs
    }
    rows.close();
    AccessReport report = last;
    JdbcResultSet rs = JdbcResultSet.of(host(report, () -> { }), List.of(ExplainAnalyze.COLUMN),
        List.<Object[]>of(new Object[] {ExplainAnalyze.annotate(plan, report.records(), connection.settings().prices().read())}));
    results.current(rs);
    return call == Call.EXECUTE ? Boolean.TRUE : rs;
  }

  /**
   * EXPLAIN PLAN FOR a write: its estimated reads and writes ({@link ExplainWrite}), under the
   * statement's timeout and cancel; nothing is written, and the execution's report stays empty.
   */
  private Object explainWrite(Call call, DmlStatement dml, String sql) throws SQLException {
    call.refuseRows(sql);
    boolean inTransaction = !connection.getAutoCommit();
    begin();
    AccessReport report = newExecution(sql);
    io.dynasql.calcite.dml.DmlContext context = new io.dynasql.calcite.dml.DmlContext(connection.session(), report, cancellation.flag());
    String plan = cancellation.run(queryTimeout,
        () -> ExplainWrite.plan(context, dml, inTransaction, connection.settings().prices().write()));
    JdbcResultSet rs = JdbcResultSet.of(host(report, () -> { }), List.of(ExplainAnalyze.COLUMN), List.<Object[]>of(new Object[] {plan}));
    results.current(rs);
    return call == Call.EXECUTE ? Boolean.TRUE : rs;
  }

  /** Runs a query: plans it (if need be) and opens its result set, the current one. */
  Object query(Call call, String sql, Planner planner) throws SQLException {
    call.refuseRows(sql);
    begin();
    AccessReport report = newExecution(sql);
    try {
      JdbcResultSet rs;
      try {
        rs = cancellation.run(queryTimeout, () -> open(planner.plan(), report));
      } catch (SQLException | RuntimeException e) {
        if (!io.dynasql.calcite.StalePlans.tableReplaced(e)) throw e;
        // Another connection dropped or replaced a table a cached plan reads: plan afresh, once.
        connection.schemaChanged();
        rs = cancellation.run(queryTimeout, () -> open(planner.plan(), report));
      }
      results.current(rs);
      return call == Call.EXECUTE ? Boolean.TRUE : rs;
    } catch (SQLException | RuntimeException | Error e) {
      if (BrokenCode.broken(e)) connection.schemaChanged(); // plans whose code cannot load are planned afresh
      throw brokenCode.explain(e instanceof SQLException s ? s : SqlStates.of(e));
    }
  }

  /** Runs a point GET found without planning ({@link DirectPoint}). */
  Object point(Call call, String sql, DirectPoint.Found found) throws SQLException {
    call.refuseRows(sql);
    begin();
    AccessReport report = newExecution(sql);
    Meta.CursorFactory factory = Meta.CursorFactory.deduce(found.columns(), null);
    lastDirect = true;
    JdbcResultSet rs = cancellation.run(queryTimeout, () -> open(factory, found.columns(),
        found.access().rows(factory.style == Meta.Style.OBJECT, ExecutionContext.direct(connection.session(),
            cancellation.flag(), report)), report));
    results.current(rs);
    return call == Call.EXECUTE ? Boolean.TRUE : rs;
  }

  private JdbcResultSet open(Planned p, AccessReport report) {
    if (p.query().plan().farFromData()) report.markFarFromData();
    lastDirect = p.query().runsDirect();
    ExecutionContext context = ExecutionContext.of(connection.session(), p.query(), p.locals(), cancellation.flag(), report, maxRows);
    return open(p.query().cursorFactory(), p.query().columns(), connection.session().run(p.query(), context), report);
  }

  private JdbcResultSet open(Meta.CursorFactory factory, List<ColumnMetaData> columns, Enumerable<Object> rows,
      AccessReport report) {
    return new JdbcResultSet(host(report, () -> { }), columns, RowCursors.of(factory, rows, columns), maxRows);
  }

  /** What a result set of this statement, reading under {@code report}, asks of it. */
  ResultSetHost host(AccessReport report, Runnable onClose) {
    return new StatementHost(this, statement, report, onClose);
  }

  /**
   * Runs one fetch of a result set of this statement under its timeout and cancel; the rows it
   * reads add to the execution's report, which the execution's accesses hold.
   */
  boolean fetch(SqlStep step) throws SQLException {
    try {
      return cancellation.run(queryTimeout, step::next);
    } catch (SQLException e) {
      throw brokenCode.explain(e);
    }
  }

  /** Who is told the rows an INSERT … SELECT of this statement has read so far. */
  void progress(io.dynasql.calcite.dml.RowProgress listener) {
    progress = listener;
  }

  /** Runs INSERT / UPDATE / DELETE, now or (autoCommit off) at commit. */
  Object dml(Call call, DmlStatement dml, List<Object> params, String text) throws SQLException {
    io.dynasql.calcite.dml.RowProgress told = progress;
    long count = write(call, dml, text, report -> connection.write(dml, params, report, cancellation.flag(), told));
    updateCount = count;
    return call.updated(count);
  }

  /**
   * Runs {@code body}, which writes for {@code dml} (one execution, or a whole batch of rows), as
   * one execution of this statement: refused on a read-only connection, under a fresh access
   * report logged once it is done, the statement's timeout and cancel.
   */
  <T> T write(Call call, DmlStatement dml, String text, Reported<T> body) throws SQLException {
    String what = dml.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT) + " on " + dml.table();
    call.refuseNoRows(what);
    connection.checkWritable(what);
    begin();
    AccessReport report = newExecution(text);
    T result;
    try {
      result = cancellation.run(queryTimeout, () -> body.call(report));
    } catch (SQLException e) {
      throw brokenCode.explain(e);
    }
    finishLast();
    return result;
  }

  /** Runs DDL on the engine. */
  Object ddl(Call call, DdlStatement ddl, Runnable body) throws SQLException {
    String what = "DDL (" + ddl.getClass().getSimpleName() + " " + ddl.table() + ")";
    call.refuseNoRows(what); // before it runs
    connection.checkWritable(ddl.getClass().getSimpleName() + " " + ddl.table());
    begin();
    newExecution(null);
    try {
      body.run();
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    } finally {
      connection.schemaChanged();
    }
    updateCount = 0;
    return call.updated(0);
  }

  /**
   * Runs a statement that answers with a row ({@link io.dynasql.calcite.ddl.DdlAnswer}: BACKUP,
   * EXPORT or IMPORT TABLE) and opens that row as the current result set. JDBC's executeUpdate
   * "throws SQLException if ... the given SQL statement produces a ResultSet object", so it is
   * refused before anything runs.
   */
  Object answer(Call call, DdlStatement ddl, java.util.function.Supplier<io.dynasql.calcite.ddl.DdlAnswer> body)
      throws SQLException {
    String what = JdbcStatement.keywords(ddl) + " " + ddl.table();
    call.refuseAnswer(what);
    connection.checkWritable(ddl.getClass().getSimpleName() + " " + ddl.table());
    begin();
    AccessReport report = newExecution(null);
    io.dynasql.calcite.ddl.DdlAnswer answer;
    try {
      answer = body.get();
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    } finally {
      connection.schemaChanged();
    }
    JdbcResultSet rs = JdbcResultSet.of(host(report, () -> { }), DdlAnswers.columns(answer), DdlAnswers.rows(answer));
    results.current(rs);
    return call == Call.EXECUTE ? Boolean.TRUE : rs;
  }

  /** Runs CREATE / ALTER / DROP SOURCE: a change to the database's catalog, like DDL. */
  private Object source(Call call, io.dynasql.federation.ddl.SourceStatement source) throws SQLException {
    String what = source.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT) + " SOURCE " + source.source();
    call.refuseNoRows(what);
    connection.checkWritable(what);
    begin();
    newExecution(null);
    try {
      io.dynasql.federation.Sources.of(connection.database()).execute(source);
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    } finally {
      connection.schemaChanged();
    }
    updateCount = 0;
    return call.updated(0);
  }

  /** Closes what the last execution left open and resets the statement's per-execution state. */
  private void begin() throws SQLException {
    results.closeAll();
    cancellation.start();
    updateCount = -1;
    warningsCleared = false;
  }

  /** Logs the previous execution and starts the report of a new one, of {@code sql}. */
  private AccessReport newExecution(String sql) {
    finishLast();
    AccessReport report = new AccessReport();
    report.budget(connection.settings().budget());
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

  boolean lastDirect() {
    return lastDirect;
  }

  AccessReport last() {
    return last;
  }

  OpenResults results() {
    return results;
  }

  long updateCount() {
    return updateCount;
  }

  void noMoreResults() {
    updateCount = -1;
  }

  void cancel() {
    cancellation.cancel();
  }

  /** The flag a cancel or timeout raises, which every step of an execution checks. */
  java.util.concurrent.atomic.AtomicBoolean cancelFlag() {
    return cancellation.flag();
  }

  /** The statement's warnings: those of its last execution, unless cleared. */
  SQLWarning warnings() {
    return warningsCleared ? null : warnings(last);
  }

  void clearWarnings() {
    warningsCleared = true;
  }

  /** SQLWarnings for the SCANs of {@code report} and the values it read leniently. */
  SQLWarning warnings(AccessReport report) {
    if (report == null) return null;
    SQLWarning withNotes = ReadWarnings.chain(report.notes(), null);
    if (!connection.settings().warnScans()) return withNotes;
    return ScanWarnings.chain(connection.lines(report), withNotes);
  }

  JdbcConnection connection() {
    return connection;
  }
}
