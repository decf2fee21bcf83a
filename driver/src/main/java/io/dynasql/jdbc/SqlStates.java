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

  /**
   * The SQLException for {@code t}: the most specific cause in its chain decides. Errors are
   * mapped too (generated code that fails in its static initialiser throws
   * ExceptionInInitializerError), except a VirtualMachineError, which is rethrown: the JVM, not
   * the statement, is in trouble.
   */
  public static SQLException of(Throwable t) {
    if (t instanceof VirtualMachineError v) throw v;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof LinkageError l && l.getCause() != null) { // what failed in a static initialiser decides
        SQLException inner = of(l.getCause());
        return ofState(inner.getMessage(), inner.getSQLState(), t);
      }
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof DynamoException d) return ofEngine(d);
      if (c instanceof io.dynasql.pushdown.StatementCanceledException s) return new SQLException(s.getMessage(), "57014", s);
      if (c instanceof io.dynasql.calcite.exec.ScanDeniedException s) return new SQLSyntaxErrorException(s.getMessage(), "42000", s);
      if (c instanceof io.dynasql.calcite.names.AmbiguousNameException a) {
        return new SQLSyntaxErrorException(a.getMessage(), io.dynasql.calcite.names.AmbiguousNameException.SQL_STATE, a);
      }
      if (c instanceof io.dynasql.calcite.StoredMisfitException s) {
        return new SQLDataException(s.getMessage(), io.dynasql.calcite.StoredMisfitException.SQL_STATE, s);
      }
      if (c instanceof DdlSyntaxException s) return new SQLSyntaxErrorException(s.getMessage(), "42601", s);
      if (c instanceof io.dynasql.calcite.dml.DuplicateKeyException d) {
        return new SQLIntegrityConstraintViolationException(d.getMessage(), "23505", d);
      }
      if (c instanceof io.dynasql.calcite.dml.DmlException d) return ofState(d.getMessage(), d.sqlState(), d);
      String cls = c.getClass().getName();
      if (cls.equals("org.apache.calcite.sql.parser.SqlParseException")) {
        return new SQLSyntaxErrorException(c.getMessage(), "42601", c);
      }
      if (cls.equals("org.apache.calcite.runtime.CalciteContextException")) return ofValidation(c);
      SQLException runtime = ofRuntime(c);
      if (runtime != null) return runtime;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) return s;
      if (c instanceof java.sql.SQLFeatureNotSupportedException f) {
        return new java.sql.SQLFeatureNotSupportedException(f.getMessage() == null ? "Not supported" : f.getMessage(), "0A000", f);
      }
    }
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    if (message.contains("unbound parameter")) {
      return new SQLException(message + " (set every ? before executing)", "07001", t);
    }
    return new SQLException(message, "HY000", t);
  }

  /** A call on a closed connection, or on a statement or result set of one. */
  static SQLException connectionClosed() {
    return new java.sql.SQLNonTransientConnectionException("Connection is closed", "08003");
  }

  /**
   * A call on a closed statement or result set: 24000 (invalid cursor state), since what is gone
   * is the cursor the call needs; see docs/sql.md, "JDBC behaviour".
   */
  static SQLException closed(String what) {
    return new SQLNonTransientException(what + " is closed", "24000");
  }

  /** An argument out of its range (a negative timeout, row count, ...): 22023. */
  static SQLException invalidArgument(String message) {
    return new SQLDataException(message, "22023");
  }

  /** Calcite's validation errors: a missing column (42S22), a missing table (42S02), or any other (42000). */
  private static SQLException ofValidation(Throwable c) {
    String m = String.valueOf(c.getMessage());
    String state = m.matches("(?s).*Column '.*' not found.*") ? "42S22" : m.contains("not found") ? "42S02" : "42000";
    return new SQLSyntaxErrorException(m, state, c);
  }

  /**
   * Errors of the code Calcite generates for a query, which surface as plain Java exceptions:
   * division by zero (22012), a string that is not a number (22018), a number out of range
   * (22003), a scalar subquery with several rows (21000). Null for any other.
   */
  private static SQLException ofRuntime(Throwable c) {
    String m = String.valueOf(c.getMessage());
    if (c instanceof NumberFormatException) return new SQLDataException("Invalid number: " + m, "22018", c);
    if (c instanceof ArithmeticException) {
      boolean zero = m.contains("by zero") || m.contains("Division undefined");
      return zero ? new SQLDataException("Division by zero: " + m, "22012", c)
          : new SQLDataException("Numeric value out of range: " + m, "22003", c);
    }
    if (c instanceof ClassCastException) { // a value of another kind than the expression's type, a parameter as a rule
      return new SQLDataException("Invalid value for its type: " + m, "22018", c);
    }
    if (m.contains("more than one value in agg SINGLE_VALUE")) {
      return new SQLException("A scalar subquery returned more than one row (" + m + ")", "21000", c);
    }
    return null;
  }

  /** A SQLException of the subclass its state's class calls for. */
  static SQLException ofState(String message, String state, Throwable cause) {
    if (state.startsWith("42")) return new SQLSyntaxErrorException(message, state, cause);
    if (state.startsWith("23")) return new SQLIntegrityConstraintViolationException(message, state, cause);
    if (state.startsWith("22")) return new SQLDataException(message, state, cause);
    if (state.startsWith("0A")) return new java.sql.SQLFeatureNotSupportedException(message, state, cause);
    if (state.startsWith("40")) return new SQLTransactionRollbackException(message, state, cause);
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
    if (d instanceof io.dynasql.engine.error.ReadOnlyDatabaseException) return new SQLException(m, "25006", d);
    // 58030 (I/O error): stored data failed a check; not retryable, unlike a plain 58000.
    if (d instanceof io.dynasql.engine.error.DamagedDataException) return new SQLException(m, "58030", d);
    if (d instanceof InternalServerError) return new SQLException(m, "58000", d);
    if (d.retryable()) return new SQLTransientException(m, "57000", d);
    return new SQLNonTransientException(m, "HY000", d);
  }
}
