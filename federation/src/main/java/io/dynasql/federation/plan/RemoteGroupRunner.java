package io.dynasql.federation.plan;

import io.dynasql.calcite.SqlState;
import io.dynasql.federation.LiveSource;
import io.dynasql.federation.SourceException;
import io.dynasql.pushdown.AccessReport;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs a {@link RemoteAggregateScan} for generated code: sends the GROUP BY statement and reads
 * each group as dynasql values: grouping columns in their column's type, each aggregate converted
 * exactly to the type dynasql gives it (a sum that does not fit is an error, never wrapped).
 */
public final class RemoteGroupRunner {
  private RemoteGroupRunner() {}

  /** Called by the code {@link RemoteAggregateScan} generates. */
  public static Enumerable<Object> enumerable(LiveSource source, RemoteGroup group, boolean scalar, DataContext root) {
    RemoteSqlWriter.Written written = group.write(source.dialect());
    return io.dynasql.pushdown.CancelChecks.checked(new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        Object[] values = RemoteRunner.bind(written.operands(), group.base(), root);
        return new RemoteRows(source, group.base(), written.sql(), values, scalar, AccessReport.of(root),
            (rs, size) -> row(group, rs, size));
      }
    }, root);
  }

  private static Object[] row(RemoteGroup group, ResultSet rs, long[] size) throws SQLException {
    int keys = group.keys().size();
    Object[] row = new Object[keys + group.calls().size()];
    for (int i = 0; i < keys; i++) row[i] = RemoteValues.read(rs, i + 1, group.base().table().columns().get(group.keys().get(i)), group.base().table().name());
    for (int i = 0; i < group.calls().size(); i++) {
      RemoteAggregateCall c = group.calls().get(i);
      int at = keys + i + 1;
      if (c.function() == RemoteAggregateCall.Function.MIN || c.function() == RemoteAggregateCall.Function.MAX) {
        row[keys + i] = RemoteValues.read(rs, at, group.base().table().columns().get(c.column()), group.base().table().name());
      } else {
        BigDecimal v = rs.getBigDecimal(at);
        row[keys + i] = v == null ? null : exact(v, c);
      }
    }
    for (Object v : row) size[0] += RemoteValues.size(v);
    return row;
  }

  /** A count or sum as the value of its dynasql type, or an error when it does not fit. */
  private static Object exact(BigDecimal v, RemoteAggregateCall c) {
    try {
      return switch (c.type()) {
        case TINYINT -> v.byteValueExact();
        case SMALLINT -> v.shortValueExact();
        case INTEGER -> v.intValueExact();
        case BIGINT -> v.longValueExact();
        default -> v;
      };
    } catch (ArithmeticException e) {
      throw new SourceException(SqlState.NUMERIC_OUT_OF_RANGE.code(), "The source's " + c.function() + " " + v
          + " does not fit the result type " + c.type(), e);
    }
  }
}
