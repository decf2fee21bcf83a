package io.dynasql.jdbc;

import io.dynasql.engine.Database;

/**
 * What {@code connection.unwrap(DynasqlConnection.class)} gives: the engine behind the
 * connection and its settings.
 */
public interface DynasqlConnection {
  /** The open database (the engine API, DynamoDB-shaped). */
  Database database();

  /** A connection property's effective value. */
  String property(ConnectionProperty p);
}
