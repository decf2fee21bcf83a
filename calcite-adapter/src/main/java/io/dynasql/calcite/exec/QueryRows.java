package io.dynasql.calcite.exec;

import io.dynasql.calcite.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.util.Cursor;

/**
 * Reads every row of a query as JDBC values ({@code ResultSet.getObject} of each column, through
 * Avatica's public accessors): what the DML layer computes its writes from.
 */
public final class QueryRows {
  private QueryRows() {}

  /** The rows of {@code query} run on {@code context}, each an array of JDBC values. */
  public static List<Object[]> read(SqlSession session, PreparedQuery query, ExecutionContext context) throws SQLException {
    return read(session, query, context, rows -> { });
  }

  /** The same, telling {@code progress} the number of rows read after each row. */
  public static List<Object[]> read(SqlSession session, PreparedQuery query, ExecutionContext context,
      java.util.function.LongConsumer progress) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (Cursor cursor = MetaImpl.createCursor(query.cursorFactory(), session.run(query, context))) {
      List<Cursor.Accessor> accessors = cursor.createAccessors(query.columns(), BoundValues.calendar(), session.arrays());
      while (cursor.next()) {
        Object[] row = new Object[accessors.size()];
        for (int c = 0; c < row.length; c++) row[c] = accessors.get(c).getObject();
        rows.add(row);
        progress.accept(rows.size());
      }
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) { // Cursor.close declares Exception; Avatica's throw none
      throw new SQLException("Cannot close the rows of " + query.sql() + ": " + e, SqlState.GENERAL_ERROR.code(), e);
    }
    return rows;
  }
}
