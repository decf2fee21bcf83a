package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.pushdown.AccessReport;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs a {@link RemoteScan} for generated code: binds the parameters, sends the statement on a
 * pooled connection (a broken one is evicted and the statement sent once more), reads rows
 * lazily, and keeps the access's REMOTE_SQL line in the statement's report up to date.
 */
public final class RemoteRunner {
  private RemoteRunner() {}

  /** Called by the code {@link RemoteScan} generates. */
  public static Enumerable<Object> enumerable(LiveSource source, RemoteQuery query, boolean scalar, DataContext root) {
    RemoteSqlWriter.Written written = RemoteSqlWriter.write(query, source.dialect());
    // checked for a cancel or timeout before each row, as the store's accesses are
    return io.dynasql.pushdown.CancelChecks.checked(new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        Object[] values = bind(written.operands(), query, root);
        return new RemoteRows(source, query, written.sql(), values, scalar, AccessReport.of(root));
      }
    }, root);
  }

  /** The values of a remote statement's placeholders for one execution. */
  static Object[] bind(List<Operand> operands, RemoteQuery q, DataContext root) {
    Object[] out = new Object[operands.size()];
    for (int i = 0; i < out.length; i++) {
      Operand o = operands.get(i);
      out[i] = o instanceof Operand.Literal l ? l.value()
          : LiteralValues.parameter(root.get("?" + ((Operand.Parameter) o).index()), ((Operand.Parameter) o).columnType());
    }
    return out;
  }
}
