package io.dynasql.jdbc;

import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.calcite.names.NameResolution;
import io.dynasql.calcite.names.SchemaNames;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Text to a resolved tree, and a resolved tree to a prepared query: the one parse a statement gets. */
final class StatementTrees {
  private StatementTrees() {}

  /** {@code sql} with dynasql's identifier rule applied ({@link NameResolution}), and its tree. */
  static NameResolution.Resolved resolve(SqlSession session, String sql) throws SQLException {
    try {
      return NameResolution.resolve(sql, new SchemaNames(session.root(), session.defaultSchemaName()));
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }

  /**
   * The query of {@code resolved} prepared from the tree name resolution parsed; text that failed
   * that parse is its error (42601), not parsed again. Only text name resolution does not parse
   * (not a statement it knows by its first word) is handed over as text, for Calcite to read.
   */
  static PreparedQuery prepare(SqlSession session, NameResolution.Resolved resolved, AtomicBoolean cancel) throws SQLException {
    if (resolved.tree() != null) return session.prepare(resolved.tree(), resolved.sql(), cancel);
    if (resolved.error() != null) throw SqlStates.of(resolved.error());
    return session.prepare(resolved.sql(), cancel);
  }
}
