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
        Object more = guarded(() -> forward(m, args));
        if (Boolean.FALSE.equals(more)) statement.finishLast();
        return more;
      }, report);
      case "getStatement": return statementProxy;
      case "getWarnings": return statement.warnings(report, (java.sql.SQLWarning) forward(m, args));
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
        return forward(m, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(m, args);
      default: return guarded(() -> forward(m, args));
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
