package io.dynasql.engine.rollup;

import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.ops.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * CREATE, REFRESH and DROP of materialized views, each one write transaction: a view is created
 * with all its rows (built from a scan of the base in the same transaction), refreshed all at
 * once, and dropped with its table.
 */
public final class RollupOperations {
  private final Engine engine;

  public RollupOperations(Engine engine) {
    this.engine = engine;
  }

  /** Creates the view and its table, built from the base's items; returns the view. */
  public RollupInfo create(CreateMaterializedViewRequest r) {
    RollupValidation.check(r);
    return engine.writer().submit(txn -> {
      TableDescriptor base = RollupValidation.base(r, engine.catalog().tables(txn));
      RollupInfo view = new RollupInfo(r.viewName(), r.tableName(), r.groupBy(), r.aggregates());
      Map<String, GroupRow> groups = RollupBuilder.groups(engine, txn, base, view);
      TableDescriptor table = ViewTables.descriptor(view, base, engine.catalog().allocateKeyspace(txn), engine.clock().millis());
      List<RollupInfo> views = new ArrayList<>(base.rollups());
      views.add(view);
      engine.catalog().put(txn, base.withRollups(views));
      engine.catalog().put(txn, table);
      RollupBuilder.write(engine, txn, table, view, groups, List.of());
      return view;
    });
  }

  /** Rebuilds the view's rows from a scan of its base; returns the number of groups. */
  public int refresh(String viewName) {
    return engine.writer().submit(txn -> {
      TableDescriptor table = viewTable(txn, viewName);
      RollupInfo view = table.viewHeld();
      TableDescriptor base = engine.catalog().table(txn, view.base());
      Map<String, GroupRow> groups = RollupBuilder.groups(engine, txn, base, view);
      List<String> stale = RollupBuilder.storedKeys(engine, txn, table);
      RollupBuilder.write(engine, txn, table, view, groups, stale);
      return groups.size();
    });
  }

  /** Drops the view and its table; the base table is left as it is. Returns the view. */
  public RollupInfo drop(String viewName) {
    return engine.writer().submit(txn -> {
      TableDescriptor table = viewTable(txn, viewName);
      RollupInfo view = table.viewHeld();
      TableDescriptor base = engine.catalog().table(txn, view.base());
      List<RollupInfo> views = new ArrayList<>(base.rollups());
      views.removeIf(v -> v.view().equals(viewName));
      engine.catalog().put(txn, base.withRollups(views));
      RollupBuilder.write(engine, txn, table, view, Map.of(), RollupBuilder.storedKeys(engine, txn, table));
      engine.catalog().remove(txn, viewName);
      return view;
    });
  }

  /** The views of {@code tableName} (empty for a table without any). */
  public List<RollupInfo> viewsOf(String tableName) {
    return engine.store().read(txn -> engine.catalog().table(txn, tableName).maintainedViews());
  }

  private TableDescriptor viewTable(Txn<DirectBuffer> txn, String viewName) {
    TableDescriptor t = engine.catalog().tables(txn).get(viewName);
    if (t == null) {
      throw new ResourceNotFoundException("Requested resource not found: Materialized view: " + viewName + " not found");
    }
    if (t.viewHeld() == null) {
      throw new ValidationException("Table " + viewName + " is not a materialized view (drop a table with DROP TABLE)");
    }
    return t;
  }

  /** Refuses to delete a base table that has views, or a view's table other than by dropping the view. */
  public static void checkDeletable(TableDescriptor t) {
    if (t.viewHeld() != null) {
      throw new ValidationException("Table " + t.name() + " holds materialized view " + t.viewHeld().view()
          + " of table " + t.viewHeld().base() + "; drop it with DROP MATERIALIZED VIEW " + t.name());
    }
    List<RollupInfo> views = t.maintainedViews();
    if (!views.isEmpty()) {
      throw new ValidationException("Table " + t.name() + " has materialized views "
          + String.join(", ", views.stream().map(RollupInfo::view).toList()) + "; drop them first (DROP MATERIALIZED VIEW)");
    }
  }
}
