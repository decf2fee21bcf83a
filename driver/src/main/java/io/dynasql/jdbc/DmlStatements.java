package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlParser;
import io.dynasql.calcite.dml.DmlStatement;
import java.sql.SQLException;
import org.apache.calcite.sql.parser.SqlParseException;

/** Recognises INSERT / UPSERT / UPDATE / DELETE for the driver, mapping parse errors to 42601. */
final class DmlStatements {
  private DmlStatements() {}

  /**
   * The DML statement {@code sql} is, or null when it is something else; {@code tree} is its parse
   * tree when name resolution parsed it already (then it is not parsed again), or null.
   */
  static DmlStatement parse(String sql, org.apache.calcite.sql.SqlNode tree) throws SQLException {
    try {
      return (tree != null ? DmlParser.of(tree) : DmlParser.parse(sql)).orElse(null);
    } catch (SqlParseException e) {
      throw SqlStates.of(e);
    } catch (RuntimeException e) {
      throw SqlStates.of(e);
    }
  }
}
