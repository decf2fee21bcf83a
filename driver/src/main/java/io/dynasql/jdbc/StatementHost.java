package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * What a result set of a statement asks of it: each fetch runs with the execution's access
 * report current (rows are read lazily, so the report grows as they are fetched) under the
 * statement's timeout and cancel; the report is logged once the rows are exhausted or the result
 * set closes; warnings are those of the execution's SCANs so far.
 */
final class StatementHost implements ResultSetHost {
  private final Executions executions;
  private final JdbcStatement statement;
  private final AccessReport report;
  private final Runnable onClose;

  StatementHost(Executions executions, JdbcStatement statement, AccessReport report, Runnable onClose) {
    this.executions = executions;
    this.statement = statement;
    this.report = report;
    this.onClose = onClose;
  }

  @Override
  public Statement statement() {
    return statement;
  }

  @Override
  public Object lock() {
    return executions.connection().lock;
  }

  @Override
  public void checkConnectionOpen() throws SQLException {
    if (executions.connection().isClosedNow()) throw SqlStates.connectionClosed();
  }

  @Override
  public boolean step(SqlStep step) throws SQLException {
    return executions.fetch(step);
  }

  @Override
  public SQLWarning warnings() {
    return executions.warnings(report);
  }

  @Override
  public void exhausted() {
    executions.finishLast();
  }

  @Override
  public void closed(JdbcResultSet rs, boolean byCaller) throws SQLException {
    executions.finishLast();
    try {
      onClose.run();
    } finally {
      executions.results().closed(rs);
      if (byCaller) statement.resultSetClosedByCaller();
    }
  }
}
