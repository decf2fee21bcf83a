package io.dynasql.engine.api;

import java.time.Instant;

/**
 * RestoreTableToPointInTime (API_RestoreTableToPointInTime.html): a new table holding the source
 * table's items as they were at a second within its recovery window.
 *
 * @param sourceTableName the table with point-in-time recovery enabled
 * @param targetTableName the new table's name; no table of that name may exist
 * @param restoreDateTime the time to restore to (whole seconds: a fraction is dropped), or null
 *     with {@code useLatestRestorableTime}
 * @param useLatestRestorableTime restore to LatestRestorableDateTime instead of a given time
 * @param indexes which of the source table's indexes the new table gets
 */
public record RestoreTableToPointInTimeRequest(String sourceTableName, String targetTableName, Instant restoreDateTime,
    boolean useLatestRestorableTime, IndexSelection indexes) {
  public RestoreTableToPointInTimeRequest {
    indexes = indexes == null ? IndexSelection.all() : indexes;
  }

  /** A restore of {@code source} as it was at {@code time}, with every index. */
  public static RestoreTableToPointInTimeRequest at(String source, String target, Instant time) {
    return new RestoreTableToPointInTimeRequest(source, target, time, false, IndexSelection.all());
  }

  /** A restore of {@code source} as it was at its LatestRestorableDateTime, with every index. */
  public static RestoreTableToPointInTimeRequest latest(String source, String target) {
    return new RestoreTableToPointInTimeRequest(source, target, null, true, IndexSelection.all());
  }
}
