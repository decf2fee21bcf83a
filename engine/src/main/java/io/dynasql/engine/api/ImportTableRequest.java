package io.dynasql.engine.api;

import java.nio.file.Path;

/**
 * ImportTable into a new table, with a directory (or one file) standing in for the S3 source.
 * Every regular file under {@code source} (recursively, except export manifests and checksums)
 * is read.
 *
 * @param tableCreationParameters the new table: name, key schema, indexes, billing
 * @param csv CSV settings; null for the defaults (and ignored for other formats)
 */
public record ImportTableRequest(Path source, InputFormat inputFormat, InputCompression inputCompression,
    CreateTableRequest tableCreationParameters, CsvOptions csv) {

  public ImportTableRequest {
    if (inputCompression == null) inputCompression = InputCompression.NONE;
    if (csv == null) csv = CsvOptions.DEFAULT;
  }
}
