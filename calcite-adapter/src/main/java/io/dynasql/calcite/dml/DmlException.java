package io.dynasql.calcite.dml;

/**
 * A DML statement that cannot run as written: an unknown or ambiguous column, a write to a key
 * column or to the whole-item column, a NULL key, a value the column cannot hold, or the wrong
 * number of values or parameters. Nothing has been written when it is thrown. {@link #sqlState()}
 * is the SQLState the driver reports.
 */
public final class DmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Syntax error or access rule violation: key updates, _item, ambiguous names. */
  static final String REFUSED = "42000";
  /** Column not found. */
  static final String UNKNOWN_COLUMN = "42S22";
  /** Table not found (or not readable under its name). */
  static final String UNKNOWN_TABLE = "42S02";
  /** Integrity constraint: NULL in a key column. */
  static final String NULL_KEY = "23502";
  /** A value the column's type cannot hold. */
  static final String BAD_VALUE = "22018";
  /** Data exception: a stored item whose key the SQL column cannot represent. */
  static final String DATA = "22000";
  /** Insert value list does not match the column list. */
  static final String ARITY = "21S01";
  /** Wrong number of parameters bound. */
  static final String PARAMETERS = "07001";
  /** Serialization failure: what the statement read kept changing under it. */
  static final String SERIALIZATION = "40001";
  /** A form of the statement dynasql does not support. */
  static final String NOT_SUPPORTED = "0A000";

  private final String sqlState;

  DmlException(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  /** The SQLState for this error (42000, 42S22, 42S02, 23502, 22018, 22000, 21S01, 07001 or 0A000). */
  public String sqlState() {
    return sqlState;
  }
}
