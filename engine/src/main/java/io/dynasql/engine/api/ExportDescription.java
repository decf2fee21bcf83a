package io.dynasql.engine.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * DescribeExport's answer. Exports here run to the end before ExportTableToPointInTime returns,
 * so the status is COMPLETED (or FAILED with a code and message).
 *
 * @param exportManifest the S3 key of {@code manifest-summary.json}, relative to the bucket
 * @param exportTime the time of the snapshot (full) or the window's end (incremental)
 */
public record ExportDescription(String exportArn, String exportStatus, String tableArn, String tableName,
    ExportType exportType, ExportFormat exportFormat, Instant startTime, Instant endTime, Instant exportTime,
    IncrementalExportSpecification incremental, Path bucket, String prefix, String exportManifest,
    long itemCount, long billedSizeBytes, String failureCode, String failureMessage) {

  /** The export's id: the last part of its ARN. */
  public String exportId() {
    return exportArn.substring(exportArn.lastIndexOf('/') + 1);
  }
}
