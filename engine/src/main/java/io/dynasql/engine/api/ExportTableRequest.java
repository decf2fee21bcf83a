package io.dynasql.engine.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * ExportTableToPointInTime, with a directory standing in for the S3 bucket.
 *
 * @param bucket the directory that plays the bucket; it must exist
 * @param prefix the S3 prefix under it (may be empty): the export goes to {@code prefix/AWSDynamoDB/<ExportId>/}
 * @param exportTime for a full export, the time of the snapshot; null for now
 * @param incremental the window of an incremental export; null for a full one
 */
public record ExportTableRequest(String tableName, Path bucket, String prefix, ExportFormat exportFormat,
    ExportType exportType, Instant exportTime, IncrementalExportSpecification incremental) {

  public ExportTableRequest {
    if (prefix == null) prefix = "";
    if (exportFormat == null) exportFormat = ExportFormat.DYNAMODB_JSON;
    if (exportType == null) exportType = ExportType.FULL_EXPORT;
  }

  /** A full export of {@code tableName} now, in DynamoDB JSON, to {@code bucket}. */
  public static ExportTableRequest full(String tableName, Path bucket) {
    return new ExportTableRequest(tableName, bucket, "", ExportFormat.DYNAMODB_JSON, ExportType.FULL_EXPORT, null, null);
  }

  public ExportTableRequest withFormat(ExportFormat f) {
    return new ExportTableRequest(tableName, bucket, prefix, f, exportType, exportTime, incremental);
  }

  public ExportTableRequest withExportTime(Instant t) {
    return new ExportTableRequest(tableName, bucket, prefix, exportFormat, exportType, t, incremental);
  }

  public ExportTableRequest incremental(IncrementalExportSpecification spec) {
    return new ExportTableRequest(tableName, bucket, prefix, exportFormat, ExportType.INCREMENTAL_EXPORT, null, spec);
  }
}
