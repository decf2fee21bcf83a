package io.dynasql.jdbc;

import java.sql.SQLException;

/** One move of a cursor, which a {@link ResultSetHost} runs under its statement's rules. */
@FunctionalInterface
interface SqlStep {
  /** Moves to the next row; false when there is none. */
  boolean next() throws SQLException;
}
