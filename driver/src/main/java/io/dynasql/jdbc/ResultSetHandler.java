package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A result set whose rows are read lazily from the store: each {@code next()} runs with the
 * statement's access report current, so the report grows as rows are fetched, and
 * {@code getWarnings()} reports the SCANs with their cost so far.
 */
final class ResultSetHandler extends Delegating {
  private final StatementHandler statement;
  private final Statement statementProxy;
  private final AccessReport report;
  private final Runnable onClose;
  /**
   * The statement's max rows when the result set was made (0: no limit), enforced here: Calcite
   * applies it to plain statements only, not to prepared ones nor to the cached plans that plain
   * statements with literals run on.
   */
  private final long maxRows;
  private long rows;

  private ResultSetHandler(ResultSet target, StatementHandler statement, Statement statementProxy, AccessReport report, Runnable onClose) {
    super(target);
    this.statement = statement;
    this.statementProxy = statementProxy;
    this.report = report;
    this.onClose = onClose;
    long limit;
    try {
      limit = ((Statement) statement.target).getLargeMaxRows();
    } catch (java.sql.SQLException e) {
      limit = 0;
    }
    this.maxRows = limit;
  }

  static ResultSet wrap(ResultSet rs, StatementHandler statement, Statement statementProxy, AccessReport report) {
    return wrap(rs, statement, statementProxy, report, () -> { });
  }

  /** A result set that runs {@code onClose} after closing (returning a cached plan, say). */
  static ResultSet wrap(ResultSet rs, StatementHandler statement, Statement statementProxy, AccessReport report, Runnable onClose) {
    return rs == null ? null : proxy(ResultSet.class, new ResultSetHandler(rs, statement, statementProxy, report, onClose));
  }

  @Override
  protected Object lock() {
    return statement.connectionLock();
  }

  @Override
  protected Object invokeLocked(Object proxy, Method m, Object[] args) throws Throwable {
    if (isObjectMethod(m)) return objectMethod(proxy, m, args);
    switch (m.getName()) {
      case "next": {
        if (maxRows > 0 && rows >= maxRows) {
          statement.finishLast();
          return false;
        }
        AccessReport prior = AccessReport.begin(report);
        try {
          Object more = guarded(() -> forward(m, args));
          if (Boolean.FALSE.equals(more)) statement.finishLast();
          else rows++;
          return more;
        } finally {
          AccessReport.end(prior);
        }
      }
      case "getStatement": return statementProxy;
      case "close":
        statement.finishLast();
        try {
          return forward(m, args);
        } finally {
          onClose.run();
        }
      case "getWarnings": return statement.warnings(report, (java.sql.SQLWarning) forward(m, args));
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
        return forward(m, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) forward(m, args);
      default: return guarded(() -> forward(m, args));
    }
  }
}
