package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlSyntaxException;
import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.IdempotentParameterMismatchException;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.TransactionConflictException;
import io.dynasql.engine.error.ValidationException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * The one place errors become SQLExceptions with a SQLState: engine errors by type, Calcite's
 * parse and validation errors, and dynasql's own refusals. Every SQLException the driver throws
 * carries a state, so Spring's translation and HikariCP's eviction logic work.
 */
public final class SqlStates {
  private SqlStates() {}

  /** The SQLException for {@code t}: the most specific cause in its chain decides. */
  public static SQLException of(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof DynamoException d) return ofEngine(d);
      if (c instanceof ScanDeniedException s) return new SQLSyntaxErrorException(s.getMessage(), "42000", s);
      if (c instanceof DdlSyntaxException s) return new SQLSyntaxErrorException(s.getMessage(), "42601", s);
      if (c instanceof io.dynasql.calcite.dml.DuplicateKeyException d) {
        return new SQLIntegrityConstraintViolationException(d.getMessage(), "23505", d);
      }
      if (c instanceof io.dynasql.calcite.dml.DmlException d) return ofState(d.getMessage(), d.sqlState(), d);
      String cls = c.getClass().getName();
      if (cls.equals("org.apache.calcite.sql.parser.SqlParseException")) {
        return new SQLSyntaxErrorException(c.getMessage(), "42601", c);
      }
      if (cls.equals("org.apache.calcite.runtime.CalciteContextException")) {
        String m = c.getMessage();
        if (m == null || !m.contains("not found")) return new SQLSyntaxErrorException(m, "42000", c);
        // "Column 'x' not found in any table" is a column (42S22); "Object 'x' not found" a table (42S02)
        return new SQLSyntaxErrorException(m, m.contains("Column '") ? "42S22" : "42S02", c);
      }
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) return s;
    }
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    return new SQLException(message, "HY000", t);
  }

  /** A SQLException of the subclass its state's class calls for. */
  static SQLException ofState(String message, String state, Throwable cause) {
    if (state.startsWith("42")) return new SQLSyntaxErrorException(message, state, cause);
    if (state.startsWith("23")) return new SQLIntegrityConstraintViolationException(message, state, cause);
    if (state.startsWith("22")) return new SQLDataException(message, state, cause);
    if (state.startsWith("0A")) return new java.sql.SQLFeatureNotSupportedException(message, state, cause);
    return new SQLException(message, state, cause);
  }

  static SQLException ofEngine(DynamoException d) {
    String m = d.errorCode() + ": " + d.getMessage();
    if (d instanceof ValidationException) return new SQLDataException(m, "22000", d);
    if (d instanceof ResourceNotFoundException) return new SQLSyntaxErrorException(m, "42S02", d);
    if (d instanceof ResourceInUseException) return new SQLSyntaxErrorException(m, "42S01", d);
    if (d instanceof ConditionalCheckFailedException) return new SQLIntegrityConstraintViolationException(m, "23000", d);
    if (d instanceof TransactionCanceledException tc) {
      for (CancellationReason r : tc.reasons()) {
        if ("ConditionalCheckFailed".equals(r.code())) return new SQLIntegrityConstraintViolationException(m, "23000", d);
      }
      return new SQLTransactionRollbackException(m, "40000", d);
    }
    if (d instanceof TransactionConflictException) return new SQLTransactionRollbackException(m, "40001", d);
    if (d instanceof IdempotentParameterMismatchException) return new SQLNonTransientException(m, "22023", d);
    if (d instanceof InternalServerError) return new SQLException(m, "58000", d);
    if (d.retryable()) return new SQLTransientException(m, "57000", d);
    return new SQLNonTransientException(m, "HY000", d);
  }
}
