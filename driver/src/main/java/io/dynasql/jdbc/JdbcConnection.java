package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.calcite.exec.ScanPolicy;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.engine.Database;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A dynasql connection: a {@link SqlSession} over the engine's tables, the connection's
 * transaction, its statements, and the database released on close. Every call takes the
 * connection's {@link #lock}, shared by its statements and result sets: tools such as
 * SchemaCrawler share one connection between threads; only {@code Statement.cancel} goes around it.
 */
final class JdbcConnection extends ConnectionStatements implements DynasqlConnection {
  final Object lock = new Object();
  private final JdbcUrl url;
  private final Database database;
  private final SqlSession session;
  /** The database's sources as schemas of this connection. */
  private final io.dynasql.federation.FederatedSchemas sources;
  private final Transaction transaction = new Transaction();
  private final Set<JdbcStatement> statements = new LinkedHashSet<>();
  private final ConnectionSettings settings;
  /** Statement shapes seen, which skip parse and planning when only their literals change. */
  private final ShapeCache shapes = new ShapeCache();
  private final ArrayResults arrays;
  private volatile boolean closed;
  private volatile boolean readOnly;
  private String schema;
  /** Made on first use and kept, with its prepared catalog queries, as pgjdbc keeps its own. */
  private JdbcDatabaseMetaData metaData;
  /** This connection's own warnings (downgraded result set kinds). */
  private SQLWarning warnings;

  JdbcConnection(JdbcUrl url, Database database, SqlSession session) {
    this.url = url;
    this.database = database;
    this.session = session;
    this.settings = ConnectionSettings.of(url.properties());
    this.sources = new io.dynasql.federation.FederatedSchemas(database, session, settings.pushdown());
    sources.refresh();
    this.readOnly = settings.readOnly();
    this.schema = session.defaultSchemaName();
    session.scans(settings.denyScans() ? ScanPolicy.DENY : ScanPolicy.ALLOW);
    session.budget(settings.budget());
    this.arrays = new ArrayResults(lock);
    session.arrays(arrays);
  }

  @Override
  void checkOpen() throws SQLException {
    if (closed) throw SqlStates.connectionClosed();
  }

  @Override
  ArrayResults arrays() {
    return arrays;
  }

  SqlSession session() {
    return session;
  }

  ConnectionSettings settings() {
    return settings;
  }

  ShapeCache shapes() {
    return shapes;
  }

  /** The URL this connection was opened with, as the caller wrote it. */
  String url() {
    return url.text();
  }

  boolean isClosedNow() {
    return closed;
  }

  List<AccessLine> lines(AccessReport report) {
    List<AccessLine> out = new ArrayList<>();
    for (AccessRecord r : report.records()) {
      out.add(AccessLine.of(r, settings.prices(), report.farFromData()));
    }
    return out;
  }

  // ---- statements (the JDBC overloads are in ConnectionStatements)

  @Override
  Object lock() {
    return lock;
  }

  @Override
  JdbcStatement newStatement() {
    return remember(new JdbcStatement(this));
  }

  @Override
  JdbcPreparedStatement newPrepared(String sql) throws SQLException {
    return remember(Preparation.prepare(this, sql));
  }

  private <T extends JdbcStatement> T remember(T s) {
    statements.add(s);
    return s;
  }

  void forget(JdbcStatement s) {
    synchronized (lock) {
      statements.remove(s);
    }
  }

  // ---- transactions

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    synchronized (lock) {
      checkOpen();
      // Switching autoCommit on commits what is pending (JDBC): labelled as commit() labels it.
      AccessReport report = new AccessReport();
      long start = System.currentTimeMillis();
      try {
        transaction.setAutoCommit(autoCommit, database, report);
      } finally {
        StatementLog.finish(this, report, "COMMIT", start);
      }
    }
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    synchronized (lock) {
      checkOpen();
      return transaction.autoCommit();
    }
  }

  @Override
  public void commit() throws SQLException {
    synchronized (lock) {
      checkOpen();
      // The transaction's writes are applied here, so they are labelled here: WRITE lines in
      // sys.access_log under the statement text COMMIT.
      AccessReport report = new AccessReport();
      long start = System.currentTimeMillis();
      try {
        transaction.commit(database, report);
      } catch (RuntimeException | Error e) {
        throw SqlStates.of(e);
      } finally {
        StatementLog.finish(this, report, "COMMIT", start);
      }
    }
  }

  @Override
  public void rollback() throws SQLException {
    synchronized (lock) {
      checkOpen();
      transaction.rollback();
    }
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    synchronized (lock) {
      checkOpen();
      warn(Isolation.set(level));
    }
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    synchronized (lock) {
      checkOpen();
      return Isolation.LEVEL;
    }
  }

  /**
   * Writes a DML statement now, or buffers it until commit when autoCommit is off; returns rows.
   * Its reads and writes are added to {@code report}, the statement's; {@code cancel} stops its reads;
   * {@code progress} is told the rows an INSERT … SELECT has read so far.
   */
  long write(io.dynasql.calcite.dml.DmlStatement dml, List<Object> params, AccessReport report,
      java.util.concurrent.atomic.AtomicBoolean cancel, io.dynasql.calcite.dml.RowProgress progress) throws SQLException {
    io.dynasql.calcite.dml.DmlContext context = new io.dynasql.calcite.dml.DmlContext(session, report, cancel, progress);
    try {
      if (transaction.autoCommit()) return io.dynasql.calcite.dml.DmlExecutor.execute(context, database, dml, params);
      io.dynasql.calcite.dml.DmlExecutor.PendingWrite w =
          io.dynasql.calcite.dml.DmlExecutor.plan(context, dml, params, transaction.reads());
      return transaction.add(database, w);
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }

  /** The open transaction's uncommitted writes, which its statements' reads see; null with autoCommit on. */
  io.dynasql.pushdown.PendingWrites transactionWrites() {
    return transaction.pending();
  }

  /** Where a statement's reads record item versions: the open transaction's set, or null with autoCommit on. */
  io.dynasql.engine.api.ReadSet transactionReads() {
    return transaction.reads();
  }

  /** Refuses a change on a read-only connection (SQLState 25006). */
  void checkWritable(String what) throws SQLException {
    if (readOnly) throw new SQLException("The connection is read-only: " + what + " refused", SqlState.READ_ONLY_TRANSACTION.code());
  }

  /**
   * After DDL: cached plans may read a table that changed or no longer exists, and the schema's
   * table definitions (sampled columns) are made afresh.
   */
  void schemaChanged() {
    session.forgetPlans();
    shapes.clear();
    sources.refresh();
    session.putSchema(DynasqlDriver.SCHEMA, Schemas.dynasql(database, url.properties()));
  }

  /** Adds the schemas of sources declared since the last statement (by any connection or process), drops removed ones. */
  void refreshSources() {
    if (sources.refresh()) {
      session.forgetPlans();
      shapes.clear();
    }
  }

  // ---- state

  @Override
  public void close() throws SQLException {
    synchronized (lock) {
      if (closed) return;
      closed = true;
      try {
        closeStatements();
        transaction.rollback(); // JDBC leaves it to the driver; discarding is the safe choice
        session.forgetPlans();
        shapes.clear();
      } finally {
        Databases.release(url);
      }
    }
  }

  /** Closes every open statement (and so its result set); the first failure is thrown after. */
  private void closeStatements() throws SQLException {
    SQLException first = null;
    for (JdbcStatement s : new ArrayList<>(statements)) {
      try {
        s.close();
      } catch (SQLException e) {
        if (first == null) first = e;
      }
    }
    statements.clear();
    if (first != null) throw first;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean isValid(int timeout) throws SQLException {
    if (timeout < 0) throw SqlStates.invalidArgument("isValid timeout " + timeout + " < 0");
    return !closed && !database.isClosed();
  }

  @Override
  public void abort(java.util.concurrent.Executor executor) throws SQLException {
    if (executor == null) throw SqlStates.invalidArgument("abort needs an executor");
    for (JdbcStatement s : new ArrayList<>(statements)) s.cancelQuietly();
    executor.execute(() -> {
      try {
        close();
      } catch (SQLException e) {
        // the connection is gone either way; abort reports nothing
      }
    });
    closed = true;
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    synchronized (lock) {
      checkOpen();
      if (metaData == null) metaData = new JdbcDatabaseMetaData(this, url.text());
      return metaData;
    }
  }

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    this.readOnly = readOnly;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return readOnly;
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    synchronized (lock) {
      checkOpen();
      warn(ResultSetKinds.downgrade(new Object[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability}, 0));
    }
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    checkOpen();
    this.schema = schema; // names still resolve in the dynasql schema; JDBC lets a driver ignore this
  }

  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    return schema;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    synchronized (lock) {
      checkOpen();
      return warnings;
    }
  }

  @Override
  public void clearWarnings() throws SQLException {
    synchronized (lock) {
      checkOpen();
      warnings = null;
    }
  }

  @Override
  void warn(SQLWarning w) {
    if (w == null) return;
    if (warnings == null) warnings = w;
    else warnings.setNextWarning(w);
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

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) return iface.cast(this);
    throw new SQLException("Not a wrapper for " + iface.getName(), SqlState.GENERAL_ERROR.code());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
