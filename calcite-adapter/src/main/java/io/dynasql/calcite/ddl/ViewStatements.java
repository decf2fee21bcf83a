package io.dynasql.calcite.ddl;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateMaterializedViewRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import java.util.Optional;

/**
 * Runs CREATE, DROP and REFRESH MATERIALIZED VIEW through the engine, whose refusals (unknown
 * table, name taken, a view over a view) pass unchanged; IF [NOT] EXISTS is checked before and
 * again after a refusal, as for tables.
 */
final class ViewStatements {
  private ViewStatements() {}

  static Optional<TableDescription> create(Database db, DdlStatement.CreateMaterializedView c) {
    if (c.ifNotExists() && db.descriptors().containsKey(c.table())) return Optional.empty();
    try {
      db.createMaterializedView(new CreateMaterializedViewRequest(c.table(), c.base(), c.groupBy(), c.aggregates()));
      return Optional.of(db.describeTable(c.table()));
    } catch (ResourceInUseException e) {
      if (c.ifNotExists() && db.descriptors().containsKey(c.table())) return Optional.empty();
      throw e;
    }
  }

  static Optional<TableDescription> drop(Database db, DdlStatement.DropMaterializedView d) {
    if (d.ifExists() && !db.descriptors().containsKey(d.table())) return Optional.empty();
    try {
      TableDescription before = db.describeTable(d.table());
      db.dropMaterializedView(d.table());
      return Optional.of(before);
    } catch (ResourceNotFoundException e) {
      if (d.ifExists() && !db.descriptors().containsKey(d.table())) return Optional.empty();
      throw e;
    }
  }

  static Optional<TableDescription> refresh(Database db, DdlStatement.RefreshMaterializedView r) {
    db.refreshMaterializedView(r.table());
    return Optional.of(db.describeTable(r.table()));
  }
}
