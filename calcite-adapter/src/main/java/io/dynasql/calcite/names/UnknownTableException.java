package io.dynasql.calcite.names;

import io.dynasql.calcite.SqlState;
import java.util.Optional;

/**
 * A statement names a table its schema does not have. Raised by name resolution before Calcite
 * validates the statement, so the SQLState (42S02) follows from the type, not from the text of
 * Calcite's message. The message names the table, the schema and, when one is close, the
 * existing name meant.
 */
public final class UnknownTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String schema;
  private final transient Optional<String> closest;

  public UnknownTableException(String table, String schema, Optional<String> closest) {
    super("Table " + table + " not found in schema " + schema
        + closest.map(c -> "; did you mean " + c + "?").orElse(""));
    this.table = table;
    this.schema = schema;
    this.closest = closest;
  }

  /** SQLState 42S02, base table or view not found. */
  public SqlState sqlState() {
    return SqlState.TABLE_NOT_FOUND;
  }

  /** The table as the statement wrote it. */
  public String table() {
    return table;
  }

  /** The schema it was looked for in. */
  public String schema() {
    return schema;
  }

  /** The existing table name nearest to it, if one is near. */
  public Optional<String> closest() {
    return closest;
  }
}
