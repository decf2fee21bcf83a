package io.dynasql.jdbc;

import io.dynasql.engine.Database;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.calcite.ddl.DdlParser;
import io.dynasql.calcite.ddl.DdlStatement;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
  private final double readPrice;
  private final double writePrice;

  private ConnectionHandler(Connection calcite, JdbcUrl url, Database database) {
    super(calcite);
    this.url = url;
    this.database = database;
    // Read once: statements consult them on every execution.
    this.denyScans = "deny".equals(property(ConnectionProperty.SCAN));
    this.readPrice = Double.parseDouble(property(ConnectionProperty.READ_UNIT_PRICE));
    this.writePrice = Double.parseDouble(property(ConnectionProperty.WRITE_UNIT_PRICE));
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
    if (closed && !name.equals("close") && !name.equals("isClosed") && !name.equals("isValid")) {
      throw new SQLException("Connection is closed", "08003");
    }
    switch (name) {
      case "createStatement": return StatementHandler.wrap(Statement.class, (Statement) forward(m, args), this, false);
      case "prepareStatement": return prepare(m, args);
      case "close":
        if (!closed) {
          closed = true;
          try {
            transaction.rollback(); // JDBC leaves it to the driver; discarding is the safe choice
            plans.close();
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

  /** Prepares under the plan inspector: a denied SCAN fails here, before any execution. */
  private Object prepare(Method m, Object[] givenArgs) throws Exception {
    return HintParser.run(givenArgs, (args, hints) -> prepareHinted(m, args));
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
      PreparedStatement ps = (PreparedStatement) guarded(() -> forward(m, args));
      return StatementHandler.wrap(PreparedStatement.class, ps, this, planning.farFromData(), null, (String) args[0]);
    }
  }

  private volatile boolean readOnly;

  /** Refuses a change on a read-only connection (SQLState 25006). */
  void checkWritable(String what) throws SQLException {
    if (readOnly) throw new SQLException("The connection is read-only: " + what + " refused", "25006");
  }

  /** Writes a DML statement now, or buffers it until commit when autoCommit is off; returns rows. */
  long write(io.dynasql.calcite.dml.DmlStatement dml, List<Object> params) throws SQLException {
    if (transaction.autoCommit()) return io.dynasql.calcite.dml.DmlExecutor.execute(calcite(), database, dml, params);
    io.dynasql.calcite.dml.DmlExecutor.PendingWrite w = io.dynasql.calcite.dml.DmlExecutor.plan(calcite(), dml, params);
    transaction.add(w);
    return w.rows();
  }

  /** After DDL: make Calcite forget cached table definitions of this connection. */
  void schemaChanged() throws SQLException {
    plans.close(); // cached plans may read a table that changed or no longer exists
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
