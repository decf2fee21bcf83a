package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.calcite.ddl.DdlSyntaxException;
import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.TransactionCanceledException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

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
      if (c instanceof io.dynasql.pushdown.StatementCanceledException s) return new SQLException(s.getMessage(), SqlState.CANCELED.code(), s);
      if (c instanceof io.dynasql.pushdown.FetchBudgetExceededException b) return new SQLException(b.getMessage(), SqlState.PROGRAM_LIMIT_EXCEEDED.code(), b);
      if (c instanceof io.dynasql.calcite.exec.ScanDeniedException s) return new SQLSyntaxErrorException(s.getMessage(), SqlState.SYNTAX_ERROR_OR_ACCESS_RULE.code(), s);
      if (c instanceof io.dynasql.calcite.names.UnknownTableException u) return new SQLSyntaxErrorException(u.getMessage(), u.sqlState().code(), u);
      if (c instanceof io.dynasql.calcite.names.UnknownColumnException u) return new SQLSyntaxErrorException(u.getMessage(), u.sqlState().code(), u);
      if (c instanceof io.dynasql.calcite.names.AmbiguousNameException a) {
        return new SQLSyntaxErrorException(a.getMessage(), io.dynasql.calcite.names.AmbiguousNameException.SQL_STATE, a);
      }
      if (c instanceof io.dynasql.calcite.StoredMisfitException s) {
        return new SQLDataException(s.getMessage(), io.dynasql.calcite.StoredMisfitException.SQL_STATE, s);
      }
      if (c instanceof io.dynasql.federation.SourceException s) return SourceErrors.of(s);
      if (c instanceof DdlSyntaxException s) return new SQLSyntaxErrorException(s.getMessage(), SqlState.SYNTAX_ERROR.code(), s);
      if (c instanceof io.dynasql.calcite.ddl.InvalidNameException n) {
        return new SQLSyntaxErrorException(n.getMessage(), SqlState.INVALID_NAME.code(), n);
      }
      if (c instanceof io.dynasql.calcite.dml.DuplicateKeyException d) {
        return new SQLIntegrityConstraintViolationException(d.getMessage(), SqlState.UNIQUE_VIOLATION.code(), d);
      }
      if (c instanceof io.dynasql.calcite.dml.DmlException d) return ofState(d.getMessage(), d.sqlState(), d);
      if (c instanceof SqlParseException) return new SQLSyntaxErrorException(c.getMessage(), SqlState.SYNTAX_ERROR.code(), c);
      if (c instanceof CalciteContextException) return ofValidation(c);
      SQLException runtime = ofRuntime(c);
      if (runtime != null) return runtime;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) return s;
      if (c instanceof java.sql.SQLFeatureNotSupportedException f) {
        return new java.sql.SQLFeatureNotSupportedException(f.getMessage() == null ? "Not supported" : f.getMessage(), SqlState.NOT_SUPPORTED.code(), f);
      }
    }
    // a parameter not set is refused before the plan runs (JdbcPreparedStatement), with 07001
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    return new SQLException(message, SqlState.GENERAL_ERROR.code(), t);
  }

  /** A call on a closed connection, or on a statement or result set of one. */
  static SQLException connectionClosed() {
    return new java.sql.SQLNonTransientConnectionException("Connection is closed", SqlState.CONNECTION_CLOSED.code());
  }

  /**
   * A call on a closed statement or result set: 24000 (invalid cursor state), since what is gone
   * is the cursor the call needs; see docs/sql.md, "JDBC behaviour".
   */
  static SQLException closed(String what) {
    return new SQLNonTransientException(what + " is closed", SqlState.INVALID_CURSOR_STATE.code());
  }

  /** An argument out of its range (a negative timeout, row count, ...): 22023. */
  static SQLException invalidArgument(String message) {
    return new SQLDataException(message, SqlState.INVALID_ARGUMENT.code());
  }

  /** Calcite's validation errors: a missing column (42S22) or table (42S02), an ambiguous column (42702), or any other (42000). */
  private static SQLException ofValidation(Throwable c) {
    String m = String.valueOf(c.getMessage());
    return new SQLSyntaxErrorException(m, CalciteNameErrors.of(m).code(), c);
  }

  /**
   * Errors of the code Calcite generates for a query, which surface as plain Java exceptions:
   * division by zero (22012), a string that is not a number (22018), a number out of range
   * (22003), a scalar subquery with several rows (21000). Null for any other.
   *
   * <p>The exception's type decides: every exact divisor in a plan is guarded
   * ({@code io.dynasql.calcite.DivisorGuards}), so a division by zero is a
   * DivisionByZeroException and any other ArithmeticException an overflow (every integer SUM is
   * checked too: {@code io.dynasql.calcite.CheckedAggregates}); a scalar subquery's rows are
   * counted by dynasql's own single-value aggregate, which throws a CardinalityViolationException.
   */
  private static SQLException ofRuntime(Throwable c) {
    String m = String.valueOf(c.getMessage());
    if (c instanceof NumberFormatException) return new SQLDataException("Invalid number: " + m, SqlState.INVALID_CHARACTER_VALUE.code(), c);
    if (c instanceof io.dynasql.calcite.DivisionByZeroException) return new SQLDataException(m, SqlState.DIVISION_BY_ZERO.code(), c);
    if (c instanceof ArithmeticException) return new SQLDataException("Numeric value out of range: " + m, SqlState.NUMERIC_OUT_OF_RANGE.code(), c);
    if (c instanceof ClassCastException) { // a value of another kind than the expression's type, a parameter as a rule
      return new SQLDataException("Invalid value for its type: " + m, SqlState.INVALID_CHARACTER_VALUE.code(), c);
    }
    if (c instanceof io.dynasql.calcite.CardinalityViolationException v) return new SQLException(m, v.sqlState().code(), v);
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

  /**
   * An engine error by its kind; the switch has no default, so a new kind does not compile until
   * it is mapped here.
   */
  static SQLException ofEngine(DynamoException d) {
    String m = d.errorCode() + ": " + d.getMessage();
    return switch (d.kind()) {
      case VALIDATION, INVALID_RESTORE_TIME, POINT_IN_TIME_RECOVERY_UNAVAILABLE -> new SQLDataException(m, SqlState.DATA_EXCEPTION.code(), d);
      case RESOURCE_NOT_FOUND, TABLE_NOT_FOUND, BACKUP_NOT_FOUND -> new SQLSyntaxErrorException(m, SqlState.TABLE_NOT_FOUND.code(), d);
      case RESOURCE_IN_USE, TABLE_ALREADY_EXISTS -> new SQLSyntaxErrorException(m, SqlState.TABLE_EXISTS.code(), d);
      case CONDITIONAL_CHECK_FAILED -> new SQLIntegrityConstraintViolationException(m, SqlState.INTEGRITY_CONSTRAINT.code(), d);
      case TRANSACTION_CANCELED -> ofCanceled((TransactionCanceledException) d, m);
      case TRANSACTION_CONFLICT -> new SQLTransactionRollbackException(m, SqlState.SERIALIZATION_FAILURE.code(), d);
      case IDEMPOTENT_PARAMETER_MISMATCH -> new SQLNonTransientException(m, SqlState.INVALID_ARGUMENT.code(), d);
      case READ_ONLY_DATABASE -> new SQLException(m, SqlState.READ_ONLY_TRANSACTION.code(), d);
      // 58030 (I/O error): stored data failed a check; not retryable, unlike a plain 58000.
      case DAMAGED_DATA -> new SQLException(m, SqlState.DAMAGED_DATA.code(), d);
      case INTERNAL_SERVER_ERROR -> new SQLException(m, SqlState.SYSTEM_ERROR.code(), d);
      case PROVISIONED_THROUGHPUT_EXCEEDED -> new SQLTransientException(m, SqlState.RESOURCE_BUSY.code(), d);
      case EXPIRED_ITERATOR, INVALID_EXPORT_TIME, ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, LIMIT_EXCEEDED, TRIMMED_DATA_ACCESS ->
          new SQLNonTransientException(m, SqlState.GENERAL_ERROR.code(), d);
    };
  }

  /** A canceled transaction: 23000 when a condition failed in it, else 40000. */
  private static SQLException ofCanceled(TransactionCanceledException tc, String m) {
    for (CancellationReason r : tc.reasons()) {
      if ("ConditionalCheckFailed".equals(r.code())) return new SQLIntegrityConstraintViolationException(m, SqlState.INTEGRITY_CONSTRAINT.code(), tc);
    }
    return new SQLTransactionRollbackException(m, SqlState.TRANSACTION_ROLLBACK.code(), tc);
  }
}
