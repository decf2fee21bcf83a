package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A result set whose rows are read lazily from the store: each {@code next()} runs with the
 * statement's access report current, so the report grows as rows are fetched, and
 * {@code getWarnings()} reports the SCANs with their cost so far. Its closed state is its own
 * (Calcite's result set stays open when its statement or connection closes).
 */
final class ResultSetHandler extends Delegating {
  private final StatementHandler statement;
  private final Statement statementProxy;
  private final AccessReport report;
  private final Runnable onClose;
  private ResultSet self;
  private boolean closed;
  private boolean warningsCleared;
  /** The statement's maxRows when it ran (0: no limit), and the rows given so far. */
  private long limit;
  private long rows;

  private ResultSetHandler(ResultSet target, StatementHandler statement, Statement statementProxy, AccessReport report, Runnable onClose) {
    super(target);
    this.statement = statement;
    this.statementProxy = statementProxy;
    this.report = report;
    this.onClose = onClose;
  }

  /** A result set that runs {@code onClose} after closing (returning a cached plan, say). */
  static ResultSetHandler of(ResultSet rs, StatementHandler statement, Statement statementProxy, AccessReport report, Runnable onClose) {
    ResultSetHandler h = new ResultSetHandler(rs, statement, statementProxy, report, onClose);
    h.self = proxy(ResultSet.class, h);
    return h;
  }

  /** Gives at most {@code maxRows} rows (0: no limit), as {@code Statement.setMaxRows} asks. */
  ResultSetHandler limit(long maxRows) {
    this.limit = maxRows;
    return this;
  }

  /** The proxy the caller sees. */
  ResultSet proxy() {
    return self;
  }

  @Override
  protected Object lock() {
    return statement.connectionLock();
  }

  @Override
  protected Object invokeLocked(Object proxy, Method m, Object[] args) throws Throwable {
    if (isObjectMethod(m)) return objectMethod(proxy, m, args);
    String name = m.getName();
    if (name.equals("isClosed")) return closed;
    if (name.equals("close")) {
      close(true);
      return null;
    }
    if (statement.connectionClosed()) throw SqlStates.connectionClosed();
    if (closed) throw SqlStates.closed("ResultSet");
    switch (name) {
      case "next": return statement.fetch(() -> {
        Object more = limit > 0 && rows >= limit ? Boolean.FALSE : guarded(() -> forward(m, args));
        if (Boolean.FALSE.equals(more)) statement.finishLast();
        else rows++;
        return more;
      }, report);
      case "setFetchSize":
        StatementOptions.nonNegative("fetchSize", args);
        return forward(m, args);
      case "getStatement": return statementProxy;
      case "findColumn": return column(() -> forward(m, args), args[0]);
      case "getWarnings":
        return warningsCleared ? forward(m, args) : statement.warnings(report, (java.sql.SQLWarning) forward(m, args));
      case "clearWarnings":
        warningsCleared = true;
        return forward(m, args);
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
        return forward(m, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(m, args);
      default:
        if (name.startsWith("update") || name.equals("insertRow") || name.equals("deleteRow") || name.equals("moveToInsertRow")) {
          throw new java.sql.SQLFeatureNotSupportedException("Result sets are read-only (CONCUR_READ_ONLY): " + name, "0A000");
        }
        if (Getters.handles(name, args)) return column(() -> Getters.get((ResultSet) target, name, args), args[0]);
        if (name.startsWith("get") && args != null && args.length >= 1) return column(() -> forward(m, args), args[0]);
        return guarded(() -> forward(m, args));
    }
  }

  /**
   * Runs a call on one column: an index out of range is 07009, an unknown label 42S22, and a
   * value the getter cannot convert a SQLDataException naming the column.
   */
  private Object column(SqlCall call, Object column) throws SQLException {
    ResultSet rs = (ResultSet) target;
    if (column instanceof Integer i && (i < 1 || i > rs.getMetaData().getColumnCount())) {
      throw new SQLException("Column index " + i + " is out of range 1.." + rs.getMetaData().getColumnCount(), "07009");
    }
    if (column instanceof String label) {
      try {
        rs.findColumn(label);
      } catch (SQLException | RuntimeException e) {
        throw new java.sql.SQLSyntaxErrorException("Column " + label + " is not in the result set", "42S22", e);
      }
    }
    try {
      return guarded(call);
    } catch (java.sql.SQLDataException e) {
      throw e;
    } catch (SQLException e) {
      if (!"HY000".equals(e.getSQLState()) && e.getSQLState() != null) throw e;
      int index = column instanceof Integer i ? i : rs.findColumn((String) column);
      throw new java.sql.SQLDataException("Column " + Getters.label(rs, index) + ": " + e.getMessage(), "22018", e);
    }
  }

  /**
   * Closes once: logs the statement's accesses, closes Calcite's result set and runs the close
   * action. {@code byCaller} is false when the statement closes it (re-execution, its own close),
   * which must not trigger the statement's closeOnCompletion.
   */
  void close(boolean byCaller) throws SQLException {
    if (closed) return;
    closed = true;
    statement.finishLast();
    try {
      ((ResultSet) target).close();
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    } finally {
      onClose.run();
      statement.resultSetClosed(this, byCaller);
    }
  }
}
