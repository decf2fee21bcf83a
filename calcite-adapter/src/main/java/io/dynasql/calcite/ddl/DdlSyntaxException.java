package io.dynasql.calcite.ddl;

/**
 * A DDL statement that starts like dynasql's DDL but is malformed, or that breaks a rule visible
 * in its text alone (a key column of a type DynamoDB cannot key on, no PRIMARY KEY, ...). Rules
 * that depend on what the database holds are checked when the statement runs, and fail with the
 * engine's own errors instead.
 *
 * <p>The message names what was expected and what was found, and ends with the place, e.g.
 * {@code Expected ')' after column list but found 'FOO' at line 1, column 42}.
 */
public final class DdlSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;
  private final int column;

  /**
   * @param reason what is wrong, without the place
   * @param line 1-based line of the offending text
   * @param column 1-based column of the offending text
   */
  public DdlSyntaxException(String reason, int line, int column) {
    super(reason + " at line " + line + ", column " + column);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  /** What is wrong, without the place (the message adds it). */
  public String reason() {
    return reason;
  }

  /** 1-based line of the offending text. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending text. */
  public int column() {
    return column;
  }
}
