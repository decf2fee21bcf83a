package io.dynasql.calcite.ddl;

import io.dynasql.calcite.SqlState;

/**
 * A table or index name that DynamoDB refuses, found in a DDL statement before the engine sees
 * it: SQLState 42602, {@link SqlState#INVALID_NAME}. The message quotes the name and says the rule,
 * what breaks it and how to satisfy it.
 */
public final class InvalidNameException extends RuntimeException {
  /** Syntax error or access rule violation: invalid name. */
  public static final String SQL_STATE = SqlState.INVALID_NAME.code();

  private static final long serialVersionUID = 1L;

  /**
   * @param message the name, the rule, what breaks it and how to satisfy it
   */
  public InvalidNameException(String message) {
    super(message);
  }

  /** {@link SqlState#INVALID_NAME}'s code. */
  public String sqlState() {
    return SQL_STATE;
  }
}
