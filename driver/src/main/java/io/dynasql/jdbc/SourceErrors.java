package io.dynasql.jdbc;

import io.dynasql.federation.SourceException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

/** A source's error as the SQLException subclass its SQLState's class calls for. */
final class SourceErrors {
  private SourceErrors() {}

  static SQLException of(SourceException e) {
    String state = e.sqlState();
    if (state.startsWith("42")) return new SQLSyntaxErrorException(e.getMessage(), state, e);
    if (state.startsWith("08")) return new SQLNonTransientConnectionException(e.getMessage(), state, e);
    if (state.startsWith("28")) return new SQLInvalidAuthorizationSpecException(e.getMessage(), state, e);
    // a DynamoDB source's throttling (40001) is worth retrying; its refused values are data errors
    if (state.startsWith("40")) return new java.sql.SQLTransactionRollbackException(e.getMessage(), state, e);
    if (state.startsWith("22")) return new java.sql.SQLDataException(e.getMessage(), state, e);
    return new SQLException(e.getMessage(), state, e);
  }
}
