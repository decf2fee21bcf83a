package io.dynasql.engine.api;

import io.dynasql.engine.model.StreamViewType;

/**
 * A table's stream setting on CreateTable, UpdateTable and DescribeTable (DynamoDB's
 * StreamSpecification). Enabling needs a view type; disabling takes none.
 *
 * @param streamEnabled whether the table has a stream
 * @param streamViewType what each record carries; required when enabling, null when disabling
 */
public record StreamSpecification(boolean streamEnabled, StreamViewType streamViewType) {
  /** A stream with records of {@code view}. */
  public static StreamSpecification enabled(StreamViewType view) {
    return new StreamSpecification(true, view);
  }

  /** Turns the table's stream off. */
  public static StreamSpecification disabled() {
    return new StreamSpecification(false, null);
  }
}
