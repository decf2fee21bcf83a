package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.SourcePool;
import io.dynasql.federation.catalog.SourcePrice;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.RemoteCall;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of one execution of a remote statement, read lazily, with the access's REMOTE_SQL
 * record (rows, bytes, round trips, milliseconds) kept current in the statement's report.
 */
final class RemoteRows implements Enumerator<Object> {
  /** Rows the source sends per fetch; every further batch is a round trip. */
  static final int FETCH_SIZE = 500;

  private final LiveSource source;
  private final RemoteQuery query;
  private final String sql;
  private final boolean scalar;
  private final Object[] values;
  private final SourcePrice price;
  /** The statement's report, which stops it when its rows or bytes fetched pass its budget; or null. */
  private final AccessReport report;
  /** The access as a budget error names it. */
  private final String label;
  private final long started = System.nanoTime();
  private Connection connection;
  private PreparedStatement statement;
  private ResultSet rs;
  private Object current;
  private volatile long rows;
  private volatile long bytes;
  private volatile long roundTrips;
  private volatile long millis;
  private boolean closed;

  /** Reads the current row of a result set as dynasql values (one per column), adding its size to {@code bytes[0]}. */
  interface RowReader {
    Object[] read(ResultSet rs, long[] bytes) throws SQLException;
  }

  private final RowReader reader;

  RemoteRows(LiveSource source, RemoteQuery query, String sql, Object[] values, boolean scalar, AccessReport report) {
    this(source, query, sql, values, scalar, report, columns(source, query));
  }

  /** Reads the columns of {@code query}; the table's name (for errors) is made once, not once a value. */
  private static RowReader columns(LiveSource source, RemoteQuery query) {
    String table = tableOf(source, query);
    io.dynasql.federation.schema.RemoteColumn[] columns = new io.dynasql.federation.schema.RemoteColumn[query.fields().size()];
    for (int i = 0; i < columns.length; i++) columns[i] = query.table().columns().get(query.fields().get(i));
    return (rs, size) -> {
      Object[] row = new Object[columns.length];
      for (int i = 0; i < columns.length; i++) {
        row[i] = RemoteValues.read(rs, i + 1, columns[i], table);
        size[0] += RemoteValues.size(row[i]);
      }
      return row;
    };
  }

  /** Rows read by {@code reader}: the columns of another statement of {@code query}'s table (a pushed GROUP BY). */
  RemoteRows(LiveSource source, RemoteQuery query, String sql, Object[] values, boolean scalar, AccessReport report,
      RowReader reader) {
    this.reader = reader;
    this.source = source;
    this.query = query;
    this.sql = sql;
    this.scalar = scalar;
    this.values = values;
    this.price = source.definition().price();
    this.report = report;
    this.label = "source " + source.name() + " table " + query.table().name();
    if (report != null) report.track(report.open(), this::record);
    start();
  }

  /** Sends the statement; a broken connection is evicted and the statement sent once more on a fresh one. */
  private void start() {
    try {
      execute(values);
    } catch (SQLException e) {
      if (connection == null || !SourcePool.broken(connection, e)) throw failed(e);
      source.pool().evict(connection); // a killed backend: once more on a fresh connection
      closeQuietly();
      try {
        execute(values);
      } catch (SQLException again) {
        throw failed(again);
      }
    }
  }

  private void execute(Object[] values) throws SQLException {
    connection = source.pool().borrow();
    statement = connection.prepareStatement(sql);
    statement.setFetchSize(FETCH_SIZE);
    for (int i = 0; i < values.length; i++) statement.setObject(i + 1, values[i]);
    roundTrips++;
    rs = statement.executeQuery();
  }

  private RuntimeException failed(SQLException e) {
    closeQuietly();
    // the source's state, except connection errors (08): those would make a pool evict the dynasql connection
    String state = e.getSQLState() == null || e.getSQLState().startsWith("08")
        ? io.dynasql.calcite.SqlState.GENERAL_ERROR.code() : e.getSQLState();
    return new io.dynasql.federation.SourceException(state,
        "Source " + source.name() + " failed on " + sql + ": " + e.getMessage(), e);
  }

  /** The table as {@code source.schema.table}, for labels and errors. */
  private String tableName() {
    return tableOf(source, query);
  }

  static String tableOf(LiveSource source, RemoteQuery query) {
    return source.name() + "." + (query.table().schema() == null ? "" : query.table().schema() + ".") + query.table().name();
  }

  /** The access's label as it stands: rows, bytes and round trips so far. */
  AccessRecord record() {
    long ms = closed ? millis : (System.nanoTime() - started) / 1_000_000L;
    return new AccessRecord(AccessKind.REMOTE_SQL, tableName(), null, rows, rows, bytes, 0, 0,
        new RemoteCall(source.name(), sql, roundTrips, ms, price.dollars(bytes, ms), price.priced()));
  }

  /** Counts a row against the statement's budget; over it, the statement stops and its connection goes back to the pool. */
  private void fetched(long size) {
    try {
      report.fetched(1, size, label);
    } catch (io.dynasql.pushdown.FetchBudgetExceededException e) {
      close();
      throw e;
    }
  }

  @Override
  public Object current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    if (closed) return false;
    try {
      if (!rs.next()) {
        close();
        return false;
      }
      long[] size = {0};
      Object[] row = reader.read(rs, size);
      rows++;
      bytes += size[0];
      if (report != null) fetched(size[0]);
      if (rows % FETCH_SIZE == 1 && rows > 1) roundTrips++;
      current = scalar ? row[0] : row;
      return true;
    } catch (SQLException e) {
      throw failed(e);
    } catch (io.dynasql.federation.SourceException e) {
      close(); // a value that cannot be shown: the connection goes back to the pool
      throw e;
    }
  }

  @Override
  public void reset() {
    closeQuietly(); // read again from the start: the statement is sent once more (another round trip)
    closed = false;
    start();
  }

  @Override
  public void close() {
    if (closed) return;
    millis = (System.nanoTime() - started) / 1_000_000L;
    closed = true;
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      if (connection != null) connection.close(); // closes its statement and result set, and returns it to the pool
    } catch (SQLException e) {
      source.pool().evict(connection);
    }
    connection = null;
  }
}
