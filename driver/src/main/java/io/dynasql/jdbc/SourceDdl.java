package io.dynasql.jdbc;

import io.dynasql.federation.ddl.SourceParser;
import io.dynasql.federation.ddl.SourceStatement;
import java.sql.SQLException;

/** Recognises {@code CREATE | ALTER | DROP SOURCE} in statement text, before any other parsing. */
final class SourceDdl {
  private SourceDdl() {}

  /** The source statement, or null when {@code sql} is not one; a malformed one is a SQLException. */
  static SourceStatement parse(String sql) throws SQLException {
    try {
      return SourceParser.parse(sql).orElse(null);
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    }
  }
}
