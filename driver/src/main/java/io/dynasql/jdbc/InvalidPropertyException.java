package io.dynasql.jdbc;

import java.sql.SQLException;

/** A connection URL or property the driver cannot accept; SQLState 08001 (cannot connect). */
public final class InvalidPropertyException extends SQLException {
  private static final long serialVersionUID = 1L;

  public InvalidPropertyException(String message) {
    super(message, "08001");
  }
}
