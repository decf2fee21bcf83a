package io.dynasql.engine.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An export's manifests, written last: {@code manifest-files.json} (one JSON line per data file
 * with its item count, Base64 MD5, ETag and key), {@code manifest-summary.json} (the export's
 * summary) and a {@code .checksum} beside each holding its hex MD5.
 */
final class Manifests {
  private static final JsonFactory JSON = new JsonFactory();

  private Manifests() {}

  /** One data file as manifest-files.json lists it. */
  record FileEntry(long itemCount, byte[] md5, String key) {}

  static void write(Path dir, ExportDescription d, List<FileEntry> files, String tableId) throws IOException {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (FileEntry f : files) {
      try (JsonGenerator g = JSON.createGenerator(lines)) {
        g.writeStartObject();
        g.writeNumberField("itemCount", f.itemCount());
        g.writeStringField("md5Checksum", Checksums.base64(f.md5()));
        g.writeStringField("etag", Checksums.hex(f.md5()));
        g.writeStringField("dataFileS3Key", f.key());
        g.writeEndObject();
      }
      lines.write('\n');
    }
    writeWithChecksum(dir, "manifest-files", lines.toByteArray());
    ByteArrayOutputStream summary = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(summary)) {
      boolean incremental = d.exportType() == ExportType.INCREMENTAL_EXPORT;
      g.writeStartObject();
      g.writeStringField("version", incremental ? "2023-08-01" : "2020-06-30");
      g.writeStringField("exportArn", d.exportArn());
      g.writeStringField("startTime", d.startTime().toString());
      g.writeStringField("endTime", d.endTime().toString());
      g.writeStringField("tableArn", d.tableArn());
      g.writeStringField("tableId", tableId);
      if (incremental) {
        g.writeStringField("exportFromTime", d.incremental().exportFromTime().toString());
        g.writeStringField("exportToTime", d.exportTime().toString());
      } else {
        g.writeStringField("exportTime", d.exportTime().toString());
      }
      g.writeStringField("s3Bucket", d.bucket().getFileName().toString());
      g.writeStringField("s3Prefix", d.prefix().isEmpty() ? null : d.prefix());
      g.writeStringField("s3SseAlgorithm", "AES256");
      g.writeNullField("s3SseKmsKeyId");
      g.writeStringField("manifestFilesS3Key", keyOf(d, "manifest-files.json"));
      g.writeNumberField("billedSizeBytes", d.billedSizeBytes());
      g.writeNumberField("itemCount", d.itemCount());
      g.writeStringField("outputFormat", d.exportFormat().name());
      if (incremental) {
        g.writeStringField("outputView", d.incremental().exportViewType().name());
        g.writeStringField("exportType", d.exportType().name());
      }
      g.writeEndObject();
    }
    writeWithChecksum(dir, "manifest-summary", summary.toByteArray());
  }

  /** The S3 key of a file of export {@code d}: {@code prefix/AWSDynamoDB/<ExportId>/<name>}. */
  static String keyOf(ExportDescription d, String name) {
    String base = "AWSDynamoDB/" + d.exportId() + "/" + name;
    return d.prefix().isEmpty() ? base : d.prefix() + "/" + base;
  }

  private static void writeWithChecksum(Path dir, String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name + ".json"), content);
    Files.write(dir.resolve(name + ".checksum"), Checksums.hex(Checksums.md5(content)).getBytes(StandardCharsets.US_ASCII));
  }
}
