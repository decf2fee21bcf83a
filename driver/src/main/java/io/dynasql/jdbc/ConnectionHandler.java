package io.dynasql.jdbc;

import io.dynasql.engine.Database;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.calcite.ddl.DdlParser;
import io.dynasql.calcite.ddl.DdlStatement;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.runtime.Hook;

/**
 * A dynasql connection: Calcite's connection over the engine's schema, with dynasql's statements
 * (access reports, SCAN warnings and refusals), SQLStates on every error, and the shared
 * database released on close.
 */
final class ConnectionHandler extends Delegating implements DynasqlConnection {
  private final JdbcUrl url;
  private final Database database;
  private Connection self;
  private volatile boolean closed;
  private final PlanPool plans = new PlanPool();
  /**
   * Serialises every call on this connection and its statements, result sets and metadata:
   * Calcite's connection is not thread-safe, and tools such as SchemaCrawler share one
   * connection between threads. Only {@code cancel} goes around it.
   */
  final Object lock = new Object();
  private final Transaction transaction = new Transaction();

  private final boolean denyScans;
  private final boolean warnScans;
  private final double readPrice;
  private final double writePrice;

  private ConnectionHandler(Connection calcite, JdbcUrl url, Database database) {
    super(calcite);
    this.url = url;
    this.database = database;
    // Read once: statements consult them on every execution.
    this.denyScans = "deny".equals(property(ConnectionProperty.SCAN));
    this.warnScans = "warn".equals(property(ConnectionProperty.SCAN));
    this.readPrice = Double.parseDouble(property(ConnectionProperty.READ_UNIT_PRICE));
    this.writePrice = Double.parseDouble(property(ConnectionProperty.WRITE_UNIT_PRICE));
    this.readOnly = "true".equals(property(ConnectionProperty.READ_ONLY));
  }

  static Connection wrap(Connection calcite, JdbcUrl url, Database database) {
    ConnectionHandler h = new ConnectionHandler(calcite, url, database);
    h.self = proxy(Connection.class, h);
    return h.self;
  }

  Connection proxy() {
    return self;
  }

  /** Calcite's connection underneath. */
  Object target() {
    return target;
  }

  /** Calcite's connection underneath, typed. */
  Connection calcite() {
    return (Connection) target;
  }

  /** This connection's cache of planned statements. */
  PlanPool plans() {
    return plans;
  }

  /** The URL this connection was opened with, as the caller wrote it. */
  String url() {
    return url.text();
  }

  boolean denyScans() {
    return denyScans;
  }

  /** Whether a SCAN raises a SQLWarning (scan=warn; scan=allow is silent). */
  boolean warnScans() {
    return warnScans;
  }

  List<AccessLine> lines(AccessReport report) {
    List<AccessLine> out = new ArrayList<>();
    for (AccessRecord r : report.records()) out.add(AccessLine.of(r, readPrice, writePrice, report.farFromData()));
    return out;
  }

  @Override
  protected Object lock() {
    return lock;
  }

  @Override
  protected Object invokeLocked(Object proxy, Method m, Object[] args) throws Throwable {
    if (isObjectMethod(m)) return objectMethod(proxy, m, args);
    String name = m.getName();
    if (name.equals("isValid") && (Integer) args[0] < 0) throw SqlStates.invalidArgument("isValid timeout " + args[0] + " < 0");
    if (closed && !name.equals("close") && !name.equals("isClosed") && !name.equals("isValid")) {
      throw SqlStates.connectionClosed();
    }
    switch (name) {
      case "createStatement":
        if (args != null) warn(ResultSetKinds.downgrade(args, 0));
        return StatementHandler.wrap(Statement.class, (Statement) forward(m, args), this, false);
      case "prepareStatement":
        if (args.length >= 3) warn(ResultSetKinds.downgrade(args, 1));
        return prepare(m, args);
      case "getWarnings": {
        java.sql.SQLWarning calcite = (java.sql.SQLWarning) forward(m, args); // none in practice
        return warnings != null ? warnings : calcite;
      }
      case "clearWarnings":
        warnings = null;
        return forward(m, args);
      case "getHoldability": return java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
      case "setHoldability":
        warn(ResultSetKinds.downgrade(new Object[] {java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY, args[0]}, 0));
        return null;
      case "close":
        if (!closed) {
          closed = true;
          try {
            closeStatements();
            transaction.rollback(); // JDBC leaves it to the driver; discarding is the safe choice
            plans.close();
            io.dynasql.calcite.dml.PreparedQueries.release(calcite());
            forward(m, args);
          } finally {
            Databases.release(url);
          }
        }
        return null;
      case "isClosed": return closed;
      case "getAutoCommit": return transaction.autoCommit();
      case "setAutoCommit":
        transaction.setAutoCommit((Boolean) args[0], database);
        return null;
      case "commit":
        guarded(() -> transaction.commit(database));
        return null;
      case "rollback":
        if (args != null && args.length > 0) throw new java.sql.SQLFeatureNotSupportedException("Savepoints are not supported", "0A000");
        transaction.rollback();
        return null;
      case "setReadOnly":
        readOnly = (Boolean) args[0];
        return null;
      case "isReadOnly": return readOnly;
      case "getTransactionIsolation": return Connection.TRANSACTION_READ_COMMITTED;
      case "setTransactionIsolation":
        if ((Integer) args[0] != Connection.TRANSACTION_READ_COMMITTED) {
          throw new java.sql.SQLFeatureNotSupportedException("Only TRANSACTION_READ_COMMITTED is supported (see docs/sql.md: "
              + "statements read committed data; a transaction's writes are applied atomically at commit)", "0A000");
        }
        return null;
      case "getTypeMap": return new java.util.HashMap<String, Class<?>>(); // no user-defined types; Avatica throws
      case "getMetaData": return MetaDataHandler.wrap((java.sql.DatabaseMetaData) forward(m, args), this);
      case "isValid": return !closed && !database.isClosed();
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(this)) return this;
        if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
        return forward(m, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(this) || ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(m, args);
      default: return guarded(() -> forward(m, args));
    }
  }

  /** Statements of this connection not closed yet: closing the connection closes them. */
  private final java.util.Set<StatementHandler> statements = new java.util.LinkedHashSet<>();

  void remember(StatementHandler s) {
    synchronized (lock) {
      statements.add(s);
    }
  }

  void forget(StatementHandler s) {
    synchronized (lock) {
      statements.remove(s);
    }
  }

  boolean isClosed() {
    return closed;
  }

  /** Closes every open statement (and so its result set); the first failure is thrown after. */
  private void closeStatements() throws SQLException {
    SQLException first = null;
    for (StatementHandler s : new ArrayList<>(statements)) {
      try {
        s.close();
      } catch (SQLException e) {
        if (first == null) first = e;
      }
    }
    statements.clear();
    if (first != null) throw first;
  }

  /** Prepares under the plan inspector: a denied SCAN fails here, before any execution. */
  private Object prepare(Method m, Object[] givenArgs) throws Exception {
    return HintParser.run(givenArgs, (args, hints) -> prepareHinted(m, resolveNames(args)));
  }

  /**
   * {@code args} with the SQL text in {@code args[0]} (if any) rewritten by dynasql's identifier
   * rule ({@link io.dynasql.calcite.names.NameResolution}): unquoted names become the stored names
   * they match ignoring case; an ambiguous one fails with SQLState 42702.
   */
  Object[] resolveNames(Object[] args) throws SQLException {
    if (args == null || args.length == 0 || !(args[0] instanceof String sql)) return args;
    Object[] out = args.clone();
    lastResolved = (io.dynasql.calcite.names.NameResolution.Resolved) guarded(() -> {
      org.apache.calcite.jdbc.CalciteConnection c = calcite().unwrap(org.apache.calcite.jdbc.CalciteConnection.class);
      return io.dynasql.calcite.names.NameResolution.resolve(sql,
          new io.dynasql.calcite.names.SchemaNames(c.getRootSchema(), c.getSchema()));
    });
    out[0] = lastResolved.sql();
    return out;
  }

  /** The schema of dynasql's tables, as Calcite sees it; null if it is gone. */
  org.apache.calcite.schema.SchemaPlus defaultSchema() throws SQLException {
    org.apache.calcite.jdbc.CalciteConnection c = calcite().unwrap(org.apache.calcite.jdbc.CalciteConnection.class);
    return c.getRootSchema().subSchemas().get(DynasqlDriver.SCHEMA);
  }

  /** The last statement {@link #resolveNames} rewrote, with its parse tree. */
  private io.dynasql.calcite.names.NameResolution.Resolved lastResolved;

  /**
   * The parse tree of {@code sql} if it is the text {@link #resolveNames} just produced (the same
   * object), so it need not be parsed again; else null. The tree is handed out once.
   */
  org.apache.calcite.sql.SqlNode parsed(String sql) {
    io.dynasql.calcite.names.NameResolution.Resolved r = lastResolved;
    lastResolved = null;
    return r != null && r.sql() == sql ? r.tree() : null;
  }

  private Object prepareHinted(Method m, Object[] args) throws Exception {
    DdlStatement ddl = (DdlStatement) guarded(() -> DdlParser.parse((String) args[0]).orElse(null));
    io.dynasql.calcite.dml.DmlStatement dml = ddl == null ? DmlStatements.parse((String) args[0]) : null;
    if (dml != null) {
      Statement plain = ((Connection) target).createStatement();
      return StatementHandler.wrap(PreparedStatement.class, plain, this, false, null, (String) args[0], dml);
    }
    if (ddl != null) {
      Statement plain = ((Connection) target).createStatement();
      return StatementHandler.wrap(PreparedStatement.class, plain, this, false, ddl, (String) args[0]);
    }
    AccessReport planning = new AccessReport();
    try (Hook.Closeable h = PlanInspector.install(denyScans(), planning)) {
      PreparedStatement ps = planned(() -> (PreparedStatement) guarded(() -> forward(m, args)));
      return StatementHandler.wrap(PreparedStatement.class, ps, this, planning.farFromData(), null, (String) args[0]);
    }
  }

  /** Calcite statements whose plan is a point read, and that read (see {@link PointRead}). */
  private final java.util.Map<PreparedStatement, PointRead> pointReads =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** Prepares on Calcite with {@code prepare}, remembering the statement's point read if its plan is one. */
  PreparedStatement planned(Preparer prepare) throws SQLException {
    PointRead[] point = {null};
    PreparedStatement ps;
    try (Hook.Closeable h = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread((org.apache.calcite.rel.RelRoot root) -> point[0] = PointRead.of(root))) {
      ps = prepare.prepare();
    }
    if (point[0] != null && point[0].attach(ps)) pointReads.put(ps, point[0]);
    return ps;
  }

  /** Prepares a statement on Calcite. */
  @FunctionalInterface
  interface Preparer {
    PreparedStatement prepare() throws SQLException;
  }

  /** Runs a Calcite prepared query: directly when it is a point read, else as Calcite planned it. */
  ResultSet executeQuery(PreparedStatement ps) throws SQLException {
    PointRead p = pointReads.get(ps);
    ResultSet rs = p == null ? null : p.execute(ps);
    return rs != null ? rs : ps.executeQuery();
  }

  private volatile boolean readOnly;
  /** This connection's own warnings (downgraded result set kinds), before Calcite's. */
  private java.sql.SQLWarning warnings;

  private void warn(java.sql.SQLWarning w) {
    if (w == null) return;
    if (warnings == null) warnings = w;
    else warnings.setNextWarning(w);
  }

  /** Refuses a change on a read-only connection (SQLState 25006). */
  void checkWritable(String what) throws SQLException {
    if (readOnly) throw new SQLException("The connection is read-only: " + what + " refused", "25006");
  }

  /** Writes a DML statement now, or buffers it until commit when autoCommit is off; returns rows. */
  long write(io.dynasql.calcite.dml.DmlStatement dml, List<Object> params) throws SQLException {
    if (transaction.autoCommit()) return io.dynasql.calcite.dml.DmlExecutor.execute(calcite(), database, dml, params);
    io.dynasql.calcite.dml.DmlExecutor.PendingWrite w =
        io.dynasql.calcite.dml.DmlExecutor.plan(calcite(), dml, params, transaction.reads());
    return transaction.add(database, w);
  }

  /** The open transaction's uncommitted writes, which its statements' reads see; null with autoCommit on. */
  io.dynasql.pushdown.PendingWrites transactionWrites() {
    return transaction.pending();
  }

  /** Where a statement's reads record item versions: the open transaction's set, or null with autoCommit on. */
  io.dynasql.engine.api.ReadSet transactionReads() {
    return transaction.reads();
  }

  /** After DDL: make Calcite forget cached table definitions of this connection. */
  void schemaChanged() throws SQLException {
    plans.close(); // cached plans may read a table that changed or no longer exists
    io.dynasql.calcite.dml.PreparedQueries.release(calcite());
    try {
      org.apache.calcite.jdbc.CalciteConnection c = ((Connection) target).unwrap(org.apache.calcite.jdbc.CalciteConnection.class);
      c.getRootSchema().add(DynasqlDriver.SCHEMA, CalciteConnections.schema(database, url.properties())).setCacheEnabled(false);
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    }
  }

  @Override
  public Database database() {
    return database;
  }

  @Override
  public String property(ConnectionProperty p) {
    try {
      return p.get(url.properties());
    } catch (InvalidPropertyException e) {
      return p.defaultValue(); // validated when the connection was opened
    }
  }
}
