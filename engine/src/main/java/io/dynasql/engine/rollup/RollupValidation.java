package io.dynasql.engine.rollup;

import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ValidationException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The checks CREATE MATERIALIZED VIEW makes before anything is written; each names what was wrong. */
final class RollupValidation {
  private RollupValidation() {}

  /** Checks the request alone (names, shape), before the catalog is read. */
  static void check(CreateMaterializedViewRequest r) {
    String name = r.viewName();
    if (name == null || name.length() < 3 || name.length() > 255 || !name.matches("[A-Za-z0-9_.-]+")) {
      throw new ValidationException("Invalid materialized view name '" + name + "': it names the view's table, so it"
          + " follows DynamoDB's table-name rule (3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.')");
    }
    if (r.groupBy().isEmpty()) {
      throw new ValidationException("Materialized view " + name + " needs GROUP BY with at least one attribute:"
          + " it keeps one item per group");
    }
    Set<String> names = new HashSet<>(Set.of(GroupKey.ATTRIBUTE));
    for (String g : r.groupBy()) {
      if (g == null || g.isEmpty()) throw new ValidationException("Materialized view " + name + ": an empty GROUP BY attribute");
      if (!names.add(g)) throw new ValidationException("Materialized view " + name + " groups by " + g + " twice");
    }
    for (RollupAggregate a : r.aggregates()) {
      if (a.alias().isEmpty() || a.alias().startsWith("_")) {
        throw new ValidationException("Materialized view " + name + ": the name '" + a.alias() + "' of "
            + a.function() + " must not be empty or start with '_' (the view's own counters do)");
      }
      if (!names.add(a.alias())) {
        throw new ValidationException("Materialized view " + name + " names two of its columns " + a.alias());
      }
    }
  }

  /** Checks the request against the catalog, in the writer's transaction. */
  static TableDescriptor base(CreateMaterializedViewRequest r, Map<String, TableDescriptor> tables) {
    if (tables.containsKey(r.viewName())) {
      throw new ResourceInUseException("Table already exists: " + r.viewName() + " (a materialized view is a table"
          + " of its own, so its name must be free)");
    }
    TableDescriptor base = tables.get(r.tableName());
    if (base == null) {
      throw new io.dynasql.engine.error.ResourceNotFoundException("Requested resource not found: Table: "
          + r.tableName() + " not found (base of materialized view " + r.viewName() + ")");
    }
    if (base.viewHeld() != null) {
      throw new ValidationException("Table " + r.tableName() + " holds materialized view " + base.viewHeld().view()
          + "; a materialized view cannot be built over another one");
    }
    return base;
  }
}
