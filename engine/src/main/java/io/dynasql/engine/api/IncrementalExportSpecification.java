package io.dynasql.engine.api;

import java.time.Instant;

/**
 * The window of an incremental export: changes committed in {@code [exportFromTime, exportToTime)},
 * between 15 minutes and 24 hours long.
 *
 * @param exportToTime the end, or null for the latest time with data (the clock's now)
 * @param exportViewType what each record holds; null for NEW_AND_OLD_IMAGES, DynamoDB's default
 */
public record IncrementalExportSpecification(Instant exportFromTime, Instant exportToTime, ExportViewType exportViewType) {
  public IncrementalExportSpecification {
    if (exportViewType == null) exportViewType = ExportViewType.NEW_AND_OLD_IMAGES;
  }
}
