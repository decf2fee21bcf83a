package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Executes an {@link AccessPath} for generated code: binds its parameters, reads the store
 * lazily (page by page, so a LIMIT above stops the reading), converts items to rows, and keeps
 * the statement's {@link AccessReport} up to date as it goes.
 */
public final class AccessRunner {
  /**
   * The name, on an execution's {@link DataContext}, of the most rows the statement hands out
   * (JDBC's {@code setMaxRows}, a {@code Long}), present only when every result row is one row of
   * the plan's one access: that access then reads no more rows than that.
   */
  public static final String ROW_CAP = "dynasql.rowCap";

  private AccessRunner() {}

  /** {@code path} limited to the statement's row cap on {@code root}, if it has one. */
  static AccessPath capped(AccessPath path, DataContext root) {
    Object cap = root == null ? null : root.get(ROW_CAP);
    if (!(cap instanceof Long n) || n <= 0 || n > Integer.MAX_VALUE) return path;
    return path.limit() != null && path.limit() <= n ? path : path.withLimit(n.intValue());
  }

  /** Called by the code {@link DynamoTableAccess} generates. */
  public static Enumerable<Object> enumerable(DynamoSource source, AccessPath path, int[] fields,
      boolean scalar, DataContext root) {
    AccessPath run = capped(path.bound(root), root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        AccessReport report = AccessReport.of(root);
        AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
        StatementCanceledException.check(cancel);
        ItemStream items = ItemStream.open(source, run, Binder.of(root, source), report, cancel);
        return new RowEnumerator(source, items, fields, scalar, run.limit(), cancel, report);
      }
    };
  }

  /** Called by the code {@link DynamoCount} generates: one row holding how many items match. */
  public static Enumerable<Object> count(DynamoSource source, AccessPath path, DataContext root) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
        StatementCanceledException.check(cancel);
        ItemStream items = ItemStream.open(source, path, Binder.of(root, source), AccessReport.of(root), cancel);
        return org.apache.calcite.linq4j.Linq4j.singletonEnumerator((Object) items.count());
      }
    };
  }

  /** Items to rows, stopping at the access's limit. */
  private static final class RowEnumerator implements Enumerator<Object> {
    private final DynamoSource source;
    private final ItemStream items;
    private final int[] fields;
    private final boolean scalar;
    private final Integer limit;
    private final AtomicBoolean cancel;
    /** Where notes about the values read go (lenient conversions), or null. */
    private final AccessReport report;
    private Iterator<Map<String, AttributeValue>> it;
    private Object current;
    private long returned;

    RowEnumerator(DynamoSource source, ItemStream items, int[] fields, boolean scalar, Integer limit, AtomicBoolean cancel, AccessReport report) {
      this.cancel = cancel;
      this.report = report;
      this.source = source;
      this.items = items;
      this.fields = fields;
      this.scalar = scalar;
      this.limit = limit;
      this.it = items.iterator();
    }

    @Override
    public Object current() {
      return current;
    }

    @Override
    public boolean moveNext() {
      try {
        return advance();
      } catch (RuntimeException e) {
        items.close(); // a canceled or failed statement leaves no parallel Scan's segment reading
        throw e;
      }
    }

    private boolean advance() {
      StatementCanceledException.check(cancel);
      if (limit != null && returned >= limit) {
        items.close();
        return false;
      }
      if (!it.hasNext()) return false;
      Map<String, AttributeValue> item = it.next();
      returned++;
      items.returned(returned);
      if (scalar) {
        current = source.toSql(item, fields[0], report);
      } else {
        Object[] row = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) row[i] = source.toSql(item, fields[i], report);
        current = row;
      }
      return true;
    }

    @Override
    public void reset() {
      it = items.restart();
      returned = 0;
    }

    @Override
    public void close() {
      items.close(); // a parallel Scan's segments stop when the rows above stop reading
    }
  }
}
