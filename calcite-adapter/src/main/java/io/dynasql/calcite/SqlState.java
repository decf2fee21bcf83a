package io.dynasql.calcite;

/**
 * Every SQLState dynasql reports, in one place (pgjdbc's {@code PSQLState} is the model): the
 * SQL layer's exceptions carry one of these, and the driver maps engine, SQL-layer and Calcite
 * errors to them by type. A test in tck fails the build when a five-character state is written
 * anywhere else. Codes follow SQL:2016 and the ODBC/X/Open classes JDBC tools know (07, 21S,
 * 42S, HY).
 */
public enum SqlState {
  WARNING("01000", "a warning: a scan, a value read leniently, an isolation level that gives less than asked"),
  OPTION_VALUE_CHANGED("01S02", "a result set kind or holdability changed to the one dynasql makes"),
  STATEMENT_KIND_MISMATCH("07000", "executeQuery of a statement without rows, or executeUpdate of a query"),
  PARAMETER_NOT_SET("07001", "a parameter not set, or the wrong number of them"),
  INVALID_DESCRIPTOR_INDEX("07009", "a column or parameter index out of range"),
  CONNECTION_FAILED("08001", "the database cannot be opened"),
  CONNECTION_CLOSED("08003", "a call on a closed connection"),
  NOT_SUPPORTED("0A000", "a feature dynasql does not have"),
  CARDINALITY_VIOLATION("21000", "a scalar subquery returned more than one row"),
  COLUMN_COUNT_MISMATCH("21S01", "a row's number of values differs from the columns named"),
  DATA_EXCEPTION("22000", "a value DynamoDB refuses"),
  NUMERIC_OUT_OF_RANGE("22003", "a number out of its type's range"),
  INVALID_DATETIME("22007", "a date or time a source holds that dynasql cannot show unchanged (a zero date, sub-millisecond digits)"),
  DIVISION_BY_ZERO("22012", "division by zero"),
  INVALID_CHARACTER_VALUE("22018", "a value of the wrong kind for its type (a cast, a conversion, a stored value)"),
  INVALID_ARGUMENT("22023", "an argument out of its range (a negative timeout, row count, size)"),
  INTEGRITY_CONSTRAINT("23000", "a condition on the data failed"),
  NOT_NULL_VIOLATION("23502", "a key column without a value"),
  UNIQUE_VIOLATION("23505", "a key that exists already"),
  INVALID_CURSOR_STATE("24000", "a call on a closed statement or result set, or off its rows"),
  ACTIVE_TRANSACTION("25001", "a write to a DynamoDB source's table with autoCommit off (it cannot join dynasql's transaction)"),
  READ_ONLY_TRANSACTION("25006", "a write on a read-only connection or database"),
  INVALID_AUTHORIZATION("28000", "a source's password that cannot be had safely (variable unset, file others can read)"),
  TRANSACTION_ROLLBACK("40000", "a transaction canceled by the store"),
  SERIALIZATION_FAILURE("40001", "an item read changed before the write (first committer wins)"),
  SYNTAX_ERROR_OR_ACCESS_RULE("42000", "a statement dynasql refuses (a denied SCAN, a rule of the schema)"),
  SYNTAX_ERROR("42601", "a statement that does not parse"),
  INVALID_NAME("42602", "a name DynamoDB does not allow"),
  AMBIGUOUS_NAME("42702", "a name that matches several ignoring case, or a column that several tables of the query have"),
  UNDEFINED_OBJECT("42704", "a source that is not declared"),
  DUPLICATE_OBJECT("42710", "a source that is declared already"),
  WRONG_OBJECT_TYPE("42809", "a call the object does not take (SQL text on a PreparedStatement)"),
  RESERVED_NAME("42939", "a source named as one of dynasql's own schemas"),
  TABLE_EXISTS("42S01", "a table or index that exists already"),
  TABLE_NOT_FOUND("42S02", "a table that does not exist"),
  COLUMN_NOT_FOUND("42S22", "a column that does not exist"),
  PROGRAM_LIMIT_EXCEEDED("54000", "a statement over its budget (maxRowsFetched, maxBytesFetched, maxCostUsd), refused at planning or stopped while reading"),
  RESOURCE_BUSY("57000", "a retryable refusal of the store (throughput, limits)"),
  CANCELED("57014", "a statement canceled"),
  SYSTEM_ERROR("58000", "an internal error of the store"),
  DAMAGED_DATA("58030", "stored data that failed a check"),
  GENERAL_ERROR("HY000", "an error without a more precise state"),
  INVALID_FETCH_DIRECTION("HY106", "a fetch direction a forward-only result set cannot take"),
  TIMEOUT("HYT00", "a statement that ran past its query timeout");

  private final String code;
  private final String meaning;

  SqlState(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The five-character state, e.g. {@code 42S02}. */
  public String code() {
    return code;
  }

  /** What the state means in dynasql, for docs and tests. */
  public String meaning() {
    return meaning;
  }

  /** The state with {@code code}, or null. */
  public static SqlState of(String code) {
    for (SqlState s : values()) if (s.code.equals(code)) return s;
    return null;
  }
}
