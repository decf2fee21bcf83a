package io.dynasql.calcite.names;

import io.dynasql.calcite.SqlState;
import java.util.List;
import java.util.Optional;

/**
 * A statement names a column that none of the tables it may come from has. Raised by name
 * resolution before Calcite validates the statement, so the SQLState (42S22) follows from the
 * type. The message names the column, the tables looked in and, when one is close, the existing
 * column meant.
 */
public final class UnknownColumnException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final List<String> tables;
  private final transient Optional<String> closest;

  public UnknownColumnException(String column, List<String> tables, Optional<String> closest) {
    super("Column " + column + " not found in " + (tables.size() == 1 ? "table " + tables.get(0) : "tables " + String.join(", ", tables))
        + closest.map(c -> "; did you mean " + c + "?").orElse(""));
    this.column = column;
    this.tables = List.copyOf(tables);
    this.closest = closest;
  }

  /** SQLState 42S22, column not found. */
  public SqlState sqlState() {
    return SqlState.COLUMN_NOT_FOUND;
  }

  /** The column as the statement wrote it. */
  public String column() {
    return column;
  }

  /** The tables it was looked for in. */
  public List<String> tables() {
    return tables;
  }

  /** The existing column name nearest to it, if one is near. */
  public Optional<String> closest() {
    return closest;
  }
}
