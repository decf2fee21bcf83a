package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlState;
/**
 * A DML statement that cannot run as written: an unknown or ambiguous column, a write to a key
 * column or to the whole-item column, a NULL key, a value the column cannot hold, or the wrong
 * number of values or parameters. Nothing has been written when it is thrown. {@link #sqlState()}
 * is the SQLState the driver reports.
 */
public final class DmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Syntax error or access rule violation: key updates, _item, ambiguous names. */
  static final String REFUSED = SqlState.SYNTAX_ERROR_OR_ACCESS_RULE.code();
  /** Column not found. */
  static final String UNKNOWN_COLUMN = SqlState.COLUMN_NOT_FOUND.code();
  /** Table not found (or not readable under its name). */
  static final String UNKNOWN_TABLE = SqlState.TABLE_NOT_FOUND.code();
  /** Integrity constraint: NULL in a key column. */
  static final String NULL_KEY = SqlState.NOT_NULL_VIOLATION.code();
  /** A value the column's type cannot hold. */
  static final String BAD_VALUE = SqlState.INVALID_CHARACTER_VALUE.code();
  /** Data exception: a stored item whose key the SQL column cannot represent. */
  static final String DATA = SqlState.DATA_EXCEPTION.code();
  /** Insert value list does not match the column list. */
  static final String ARITY = SqlState.COLUMN_COUNT_MISMATCH.code();
  /** Wrong number of parameters bound. */
  static final String PARAMETERS = SqlState.PARAMETER_NOT_SET.code();
  /** Serialization failure: what the statement read kept changing under it. */
  static final String SERIALIZATION = SqlState.SERIALIZATION_FAILURE.code();
  /** A form of the statement dynasql does not support. */
  static final String NOT_SUPPORTED = SqlState.NOT_SUPPORTED.code();

  /** A write that cannot run inside the open transaction (a DynamoDB source's table with autoCommit off). */
  static final String IN_TRANSACTION = SqlState.ACTIVE_TRANSACTION.code();

  private final String sqlState;

  DmlException(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  /** The SQLState for this error (42000, 42S22, 42S02, 23502, 22018, 22000, 21S01, 07001, 0A000 or 25001). */
  public String sqlState() {
    return sqlState;
  }
}
