package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlParser;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.names.NameResolution;
import java.sql.SQLException;

/** Recognises INSERT / UPSERT / UPDATE / DELETE for the driver, mapping parse errors to 42601. */
final class DmlStatements {
  private DmlStatements() {}

  /**
   * The DML statement {@code resolved} is, or null when it is something else. Name resolution's
   * parse is the only one: its tree is read, or DML that failed it is that parse's error (42601).
   */
  static DmlStatement parse(NameResolution.Resolved resolved) throws SQLException {
    try {
      if (resolved.tree() != null) return DmlParser.of(resolved.tree()).orElse(null);
      if (resolved.error() != null && DmlParser.isDml(resolved.sql())) throw SqlStates.of(resolved.error());
      return null; // not parsed by name resolution, so not DML either
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    }
  }
}
