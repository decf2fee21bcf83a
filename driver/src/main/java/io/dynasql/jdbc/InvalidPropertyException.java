package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLException;

/** A connection URL or property the driver cannot accept; SQLState 08001 (cannot connect). */
public final class InvalidPropertyException extends SQLException {
  private static final long serialVersionUID = 1L;

  public InvalidPropertyException(String message) {
    super(message, SqlState.CONNECTION_FAILED.code());
  }
}
