package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLDataException;
import java.sql.SQLException;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * The errors of reading one column, each naming it: a value of the wrong kind for the getter is
 * 22018, a number out of the getter's range 22003; whatever else an accessor throws is mapped
 * by {@link SqlStates} and, when that finds nothing more specific, is a 22018 too.
 */
final class ColumnErrors {
  private ColumnErrors() {}

  /** {@code v} cannot be read as {@code what} ("a number", "bytes", ...): 22018. */
  static SQLDataException cannot(ColumnMetaData column, Object v, String what) {
    String shown = v instanceof String s ? "'" + s + "'" : v.getClass().getSimpleName();
    return new SQLDataException("Column " + column.label + " (" + column.type.name + "): cannot read " + shown
        + " as " + what, SqlState.INVALID_CHARACTER_VALUE.code());
  }

  /** {@code v} does not fit the getter's type: 22003, never a silently truncated value. */
  static SQLDataException outOfRange(ColumnMetaData column, Object v, NumberKind kind) {
    return new SQLDataException("Column " + column.label + ": " + v + " is out of the range of " + kind, SqlState.NUMERIC_OUT_OF_RANGE.code());
  }

  /** A failure of Avatica's accessor for {@code column}, as an error naming the column. */
  static SQLException failed(ColumnMetaData column, Throwable e) {
    if (e instanceof SQLException s && s.getSQLState() != null) return s;
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (!(e instanceof SQLException)) {
      SQLException mapped = SqlStates.of(e);
      if (!SqlState.GENERAL_ERROR.code().equals(mapped.getSQLState())) {
        return SqlStates.ofState("Column " + column.label + ": " + mapped.getMessage(), mapped.getSQLState(), e);
      }
    }
    return new SQLDataException("Column " + column.label + " (" + column.type.name + "): " + message, SqlState.INVALID_CHARACTER_VALUE.code(), e);
  }
}
