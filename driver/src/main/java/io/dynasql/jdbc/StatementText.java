package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

/**
 * The text of one statement as tools send it: many end it with {@code ;} (DBeaver's SQL editor,
 * scripts, ORMs' logged SQL), which Calcite's parser reads as the start of a second statement.
 * Trailing terminators and blanks are dropped; an empty statement is a syntax error naming
 * itself instead of an index error from deep in the parser.
 */
final class StatementText {
  private StatementText() {}

  /** {@code sql} without trailing {@code ;} and blanks; 42601 when nothing is left. */
  static String of(String sql) throws SQLException {
    if (sql == null) throw SqlStates.invalidArgument("The SQL text is null");
    int end = sql.length();
    while (end > 0 && (Character.isWhitespace(sql.charAt(end - 1)) || sql.charAt(end - 1) == ';')) end--;
    if (end == 0) throw new SQLSyntaxErrorException("The statement is empty" + (sql.isBlank() ? "" : " (only ;)"), SqlState.SYNTAX_ERROR.code());
    return end == sql.length() ? sql : sql.substring(0, end);
  }
}
