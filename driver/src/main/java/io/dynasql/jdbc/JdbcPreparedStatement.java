package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.calcite.dml.DmlExecutor;
import io.dynasql.calcite.exec.BoundValues;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.AvaticaSite;

/**
 * A PreparedStatement: a query planned once (each execution binds and runs it, a point GET
 * without generated code), or DML or DDL recognised once. The SQL-text methods of
 * {@link java.sql.Statement} are refused, as JDBC requires.
 */
final class JdbcPreparedStatement extends PreparedSetters {
  private final Prepared prepared;

  JdbcPreparedStatement(JdbcConnection connection, Prepared prepared) {
    super(connection);
    this.prepared = prepared;
  }

  @Override
  void set(int index, Object raw, SiteCall site) throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (prepared instanceof Prepared.Query q) {
        AvaticaSite s = q.values().site(index);
        if (s == null) throw outOfRange(index, q.values().size());
        try {
          site.apply(s);
        } catch (RuntimeException | Error e) {
          throw SqlStates.of(e);
        }
      } else if (prepared instanceof Prepared.Dml d) {
        if (index < 1 || index > d.dml().parameterCount()) throw outOfRange(index, d.dml().parameterCount());
        d.bound().set(index, raw);
      } else {
        throw outOfRange(index, 0);
      }
    }
  }

  private static SQLException outOfRange(int index, int count) {
    return new SQLException("Parameter index " + index + " is out of range 1.." + count, SqlState.INVALID_DESCRIPTOR_INDEX.code());
  }

  @Override
  public void clearParameters() throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (prepared instanceof Prepared.Query q) q.values().clear();
      else if (prepared instanceof Prepared.Dml d) d.bound().clear();
    }
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return (ResultSet) run(Call.QUERY);
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (Integer) run(Call.UPDATE);
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return (Long) run(Call.LARGE_UPDATE);
  }

  @Override
  public boolean execute() throws SQLException {
    return (Boolean) run(Call.EXECUTE);
  }

  private Object run(Call call) throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (prepared instanceof Prepared.Query q) return runPrepared(call, q.query(), locals(q.values()));
      if (prepared instanceof Prepared.Dml d) return runDml(call, d.dml(), d.bound().row(), d.text());
      if (prepared instanceof Prepared.Analyze a) return executions.text(call, a.text());
      return runDdl(call, ((Prepared.Ddl) prepared).ddl());
    }
  }

  /** The bound values as the plan reads them; a parameter not set is 07001. */
  private static Object[] locals(BoundValues values) throws SQLException {
    int unbound = values.firstUnbound();
    if (unbound > 0) {
      throw new SQLException("Parameter " + unbound + " is not set: unbound parameter (set every ? before executing)", SqlState.PARAMETER_NOT_SET.code());
    }
    try {
      return values.locals();
    } catch (ArithmeticException e) { // an integer that does not fit its parameter's type: 22003
      throw SqlStates.of(e);
    }
  }

  @Override
  public void addBatch() throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (prepared instanceof Prepared.Dml d) d.bound().addRow();
      else if (prepared instanceof Prepared.Query || prepared instanceof Prepared.Analyze) throw new SQLException("A query returns rows and cannot run in a batch", SqlState.STATEMENT_KIND_MISMATCH.code());
      else throw new SQLException("Prepared DDL cannot run in a batch; use Statement.addBatch(sql)", SqlState.STATEMENT_KIND_MISMATCH.code());
    }
  }

  @Override
  public void clearBatch() throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (prepared instanceof Prepared.Dml d) d.bound().clearBatch();
    }
  }

  @Override
  Object batch(boolean large) throws SQLException {
    synchronized (connection.lock) {
      checkOpen();
      if (!(prepared instanceof Prepared.Dml d)) return large ? new long[0] : new int[0];
      List<List<Object>> rows = d.bound().batch();
      try {
        // autoCommit off keeps a statement per row: the rows join the open transaction, which its
        // commit writes in one atomic step anyway, and each row must see the ones before it through
        // the transaction's pending writes. UPDATE keeps it too (see DmlExecutor.batchable).
        if (!rows.isEmpty() && connection.getAutoCommit() && DmlExecutor.batchable(d.dml())) {
          return AutoCommitBatch.run(executions, connection, d.dml(), d.text(), rows, large);
        }
        List<Batches.Entry> entries = new ArrayList<>();
        for (List<Object> row : rows) entries.add(() -> runDml(Call.UPDATE, d.dml(), row, d.text()));
        return Batches.run(entries, large);
      } finally {
        d.bound().clearBatch();
      }
    }
  }

  /** The result columns of a query; null for DML and DDL, which return none (JDBC allows null). */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return prepared instanceof Prepared.Query q ? new JdbcResultSetMetaData(q.query().columns()) : null;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    List<AvaticaParameter> parameters = prepared instanceof Prepared.Query q ? q.query().parameters()
        : prepared instanceof Prepared.Dml d ? untyped(d.dml().parameterCount()) : List.of();
    return new JdbcParameterMetaData(parameters);
  }

  /** DML parameters take the type of what they are compared with or assigned to, found only as they run. */
  private static List<AvaticaParameter> untyped(int count) {
    List<AvaticaParameter> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new AvaticaParameter(false, 0, 0, java.sql.Types.OTHER, "OTHER", Object.class.getName(), "?" + (i + 1)));
    }
    return out;
  }

  // ---- the SQL-text methods of Statement: JDBC says a PreparedStatement refuses them

  private static SQLException textRefused(String method) {
    return new SQLException(method + "(String) cannot be called on a PreparedStatement", SqlState.WRONG_OBJECT_TYPE.code());
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    checkOpen();
    throw textRefused("executeQuery");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    checkOpen();
    throw textRefused("executeUpdate");
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    checkOpen();
    throw textRefused("executeLargeUpdate");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    checkOpen();
    throw textRefused("execute");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    checkOpen();
    throw textRefused("addBatch");
  }
}
