package io.dynasql.engine.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * DescribeImport's answer. Lines that cannot become items are counted in {@code errorCount} and
 * written, with the reason, to {@code errorLog} (which stands in for CloudWatch Logs); they do
 * not fail the import.
 *
 * @param importStatus COMPLETED or FAILED
 * @param errorLog the file of rejected records, or null when there were none
 */
public record ImportDescription(String importArn, String importStatus, String tableArn, String tableName,
    Path source, InputFormat inputFormat, InputCompression inputCompression, Instant startTime, Instant endTime,
    long processedItemCount, long importedItemCount, long errorCount, long processedSizeBytes, Path errorLog,
    String failureCode, String failureMessage) {

  /** The import's id: the last part of its ARN. */
  public String importId() {
    return importArn.substring(importArn.lastIndexOf('/') + 1);
  }
}
