package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.calcite.names.NameResolution;
import io.dynasql.pushdown.IndexHints;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code Connection.prepareStatement}: reads the hints and resolves the names once, then
 * recognises DDL, DML or a query; a query is planned now, under its hints, so that a denied SCAN
 * or an error in the statement fails here, before any execution.
 */
final class Preparation {
  private Preparation() {}

  static JdbcPreparedStatement prepare(JdbcConnection connection, String written) throws SQLException {
    HintParser.Parsed hints = HintParser.parse(StatementText.of(written));
    Map<String, String> prior = IndexHints.begin(hints.hints());
    try {
      SqlSession session = connection.session();
      NameResolution.Resolved resolved = Executions.resolve(session, hints.sql());
      String sql = resolved.sql();
      DdlStatement ddl = JdbcStatement.ddl(sql);
      if (ddl != null) return new JdbcPreparedStatement(connection, new Prepared.Ddl(ddl));
      DmlStatement dml = DmlStatements.parse(sql, resolved.tree());
      if (dml != null) return new JdbcPreparedStatement(connection, new Prepared.Dml(dml, sql));
      try {
        io.dynasql.calcite.exec.PreparedQuery q = session.prepare(sql, new AtomicBoolean());
        return new JdbcPreparedStatement(connection, new Prepared.Query(q, new BoundValues(q.parameters())));
      } catch (RuntimeException | Error e) {
        throw SqlStates.of(e);
      }
    } finally {
      IndexHints.end(prior);
    }
  }
}
