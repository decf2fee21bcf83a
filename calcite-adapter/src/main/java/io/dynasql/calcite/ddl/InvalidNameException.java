package io.dynasql.calcite.ddl;

import java.sql.SQLSyntaxErrorException;

/**
 * A table or index name that DynamoDB refuses, found in a DDL statement before the engine sees
 * it: SQLState {@value #SQL_STATE} (invalid name). The message says the rule, what breaks it and
 * how to satisfy it, and ends with the place of the name.
 */
public final class InvalidNameException extends RuntimeException {
  /** Syntax error or access rule violation: invalid name. */
  public static final String SQL_STATE = "42602";

  private static final long serialVersionUID = 1L;

  /**
   * @param message the rule, what breaks it and how to satisfy it, with the place
   */
  public InvalidNameException(String message) {
    // The cause carries the state: the driver's mapping passes the first SQLException with a state
    // in a cause chain through unchanged, which gives this error 42602 without a case of its own.
    super(message, new SQLSyntaxErrorException(message, SQL_STATE));
  }

  /** {@value #SQL_STATE}. */
  public String sqlState() {
    return SQL_STATE;
  }
}
