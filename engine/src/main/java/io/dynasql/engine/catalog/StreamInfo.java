package io.dynasql.engine.catalog;

import io.dynasql.engine.model.StreamViewType;

/**
 * One stream a table has had: enabling a stream starts a new one (a new label and ARN), and
 * disabling ends it; an ended stream stays readable for 24 hours, as in DynamoDB.
 *
 * @param label the stream's label, its creation time as DynamoDB prints it (ISO 8601 with
 *     milliseconds, UTC); unique per table
 * @param createdMicros when it was enabled, in microseconds since the epoch
 * @param viewType what its records carry
 * @param endMicros when it was disabled, or {@link #OPEN}
 */
public record StreamInfo(String label, long createdMicros, StreamViewType viewType, long endMicros) {
  /** The end of a stream that is still enabled. */
  public static final long OPEN = Long.MAX_VALUE;

  /** Whether the stream is still enabled. */
  public boolean enabled() {
    return endMicros == OPEN;
  }

  /** The same stream, disabled at {@code micros}. */
  public StreamInfo endedAt(long micros) {
    return new StreamInfo(label, createdMicros, viewType, micros);
  }
}
