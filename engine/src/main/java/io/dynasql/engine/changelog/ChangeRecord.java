package io.dynasql.engine.changelog;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.OperationType;
import java.util.Map;

/**
 * One committed item change, as the change log keeps it.
 *
 * @param sequence its place in the log: strictly increasing across the database, in commit order
 * @param commitMicros commit time from the engine's clock, microseconds since the epoch; never
 *     smaller than an earlier record's
 * @param partition the logical partition (hash range) of the item's partition key
 * @param actor who made the change
 * @param oldImage the item before the change, or null when it was created
 * @param newImage the item after the change, or null when it was deleted
 */
public record ChangeRecord(long sequence, long commitMicros, int partition, Actor actor,
    Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {

  public ChangeRecord {
    if (oldImage == null && newImage == null) throw new IllegalArgumentException("a change needs an old or a new image");
  }

  /** INSERT when there was no item, REMOVE when there is none after, MODIFY otherwise. */
  public OperationType kind() {
    if (oldImage == null) return OperationType.INSERT;
    return newImage == null ? OperationType.REMOVE : OperationType.MODIFY;
  }
}
