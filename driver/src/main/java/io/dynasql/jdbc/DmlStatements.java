package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlParser;
import io.dynasql.calcite.dml.DmlStatement;
import java.sql.SQLException;
import org.apache.calcite.sql.parser.SqlParseException;

/** Recognises INSERT / UPSERT / UPDATE / DELETE for the driver, mapping parse errors to 42601. */
final class DmlStatements {
  private DmlStatements() {}

  /** The DML statement {@code sql} is, or null when it is something else. */
  static DmlStatement parse(String sql) throws SQLException {
    try {
      return DmlParser.parse(sql).orElse(null);
    } catch (SqlParseException e) {
      throw SqlStates.of(e);
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    }
  }
}
