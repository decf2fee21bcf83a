package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.calcite.names.NameResolution;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code Connection.prepareStatement}: resolves the names once, then recognises DDL, DML or a
 * query; a query is planned now, so that a denied SCAN or an error in the statement fails here,
 * before any execution.
 */
final class Preparation {
  private Preparation() {}

  static JdbcPreparedStatement prepare(JdbcConnection connection, String written) throws SQLException {
    connection.refreshSources();
    SqlSession session = connection.session();
    String text = StatementText.of(written);
    String analyzed = ExplainAnalyze.query(text);
    if (analyzed != null) {
      ExplainAnalyze.resolveQuery(session, analyzed); // a write or DDL fails here, before any execution
      return new JdbcPreparedStatement(connection, new Prepared.Analyze(text));
    }
    String command = SessionCommands.query(text, session);
    NameResolution.Resolved resolved = StatementTrees.resolve(session, command != null ? command : text);
    String sql = resolved.sql();
    if (ExplainWrite.of(resolved) != null) return new JdbcPreparedStatement(connection, new Prepared.Analyze(text));
    DdlStatement ddl = JdbcStatement.ddl(sql);
    if (ddl != null) return new JdbcPreparedStatement(connection, new Prepared.Ddl(ddl));
    DmlStatement dml = DmlStatements.parse(resolved);
    if (dml != null) return new JdbcPreparedStatement(connection, new Prepared.Dml(dml, sql));
    try {
      io.dynasql.calcite.exec.PreparedQuery q = StatementTrees.prepare(session, resolved, new AtomicBoolean());
      return new JdbcPreparedStatement(connection, new Prepared.Query(q, new BoundValues(q.parameters())));
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }
}
