package io.dynasql.calcite.ddl;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.catalog.TimeToLiveInfo;
import io.dynasql.engine.error.ValidationException;

/**
 * Runs ALTER TABLE ... SET STREAM | TTL through the engine's UpdateTable and UpdateTimeToLive, so
 * their refusals (a second stream, disabling none, TTL changed twice within the hour) are
 * DynamoDB's, unchanged.
 */
final class TableSettings {
  private TableSettings() {}

  static TableDescription stream(Database db, DdlStatement.SetStream s) {
    StreamSpecification spec = s.viewType() == null ? StreamSpecification.disabled() : StreamSpecification.enabled(s.viewType());
    return db.updateTable(UpdateTableRequest.stream(s.table(), spec));
  }

  static TableDescription ttl(Database db, DdlStatement.SetTtl s) {
    TimeToLiveSpecification spec;
    if (s.attribute() != null) {
      spec = TimeToLiveSpecification.enabled(s.attribute());
    } else {
      // UpdateTimeToLive names the attribute it turns off; SQL's OFF means whichever one is set
      TimeToLiveInfo current = db.descriptor(s.table()).timeToLive();
      if (current == null) throw new ValidationException("TimeToLive is already disabled (table " + s.table() + ")");
      spec = TimeToLiveSpecification.disabled(current.attributeName());
    }
    db.updateTimeToLive(UpdateTimeToLiveRequest.of(s.table(), spec));
    return db.describeTable(s.table());
  }
}
