package io.dynasql.engine.exchange;

import com.amazon.ion.IonType;
import com.amazon.ion.IonWriter;
import com.amazon.ion.system.IonTextWriterBuilder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.model.AttributeValue;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One gzip-compressed data file of an export: one record per line, {@code {"Item":{...}}} for a
 * full export, {@code {"Metadata":...,"Keys":...,"NewImage":...,"OldImage":...}} for an
 * incremental one. Counts its records and keeps the MD5 of the compressed bytes, which is what
 * S3 reports as the object's ETag and what the manifest lists.
 */
final class DataFile implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

  private final Path path;
  private final String key;
  private final DigestOutputStream digest;
  private final JsonGenerator json;
  private final IonWriter ion;
  private long itemCount;

  DataFile(Path path, String key, ExportFormat format) throws IOException {
    this.path = path;
    this.key = key;
    this.digest = new DigestOutputStream(Files.newOutputStream(path), Checksums.md5());
    OutputStream gz = new BufferedOutputStream(new GZIPOutputStream(digest, 64 * 1024), 64 * 1024);
    if (format == ExportFormat.ION) {
      gz.write("$ion_1_0 ".getBytes(StandardCharsets.US_ASCII));
      this.ion = IonTextWriterBuilder.standard().withWriteTopLevelValuesOnNewLines(true).build(gz);
      this.json = null;
    } else {
      this.json = JSON.createGenerator(gz);
      this.ion = null;
    }
  }

  /** The S3 key of the file, relative to the bucket. */
  String key() { return key; }

  long itemCount() { return itemCount; }

  /**
   * Writes one record: {@code micros} (a WriteTimestampMicros, or null for a full export's item),
   * then each named image in order; null images are left out.
   */
  void write(Long micros, Map<String, Map<String, AttributeValue>> images) throws IOException {
    itemCount++;
    if (json != null) {
      json.writeStartObject();
      if (micros != null) {
        json.writeObjectFieldStart("Metadata");
        json.writeFieldName("WriteTimestampMicros");
        DynamoJson.writeValue(json, AttributeValue.n(micros));
        json.writeEndObject();
      }
      for (Map.Entry<String, Map<String, AttributeValue>> e : images.entrySet()) {
        if (e.getValue() == null) continue;
        json.writeFieldName(e.getKey());
        DynamoJson.writeItem(json, e.getValue());
      }
      json.writeEndObject();
      json.writeRaw('\n');
      return;
    }
    ion.stepIn(IonType.STRUCT);
    if (micros != null) {
      ion.setFieldName("Metadata");
      ion.stepIn(IonType.STRUCT);
      ion.setFieldName("WriteTimestampMicros");
      ion.writeInt(micros);
      ion.stepOut();
    }
    for (Map.Entry<String, Map<String, AttributeValue>> e : images.entrySet()) {
      if (e.getValue() == null) continue;
      ion.setFieldName(e.getKey());
      IonItems.writeItem(ion, e.getValue());
    }
    ion.stepOut();
  }

  /** Finishes the file; afterwards {@link #md5()} is the digest of its bytes. */
  @Override
  public void close() throws IOException {
    if (json != null) json.close();
    else ion.close();
  }

  byte[] md5() { return digest.getMessageDigest().digest(); }

  Path path() { return path; }
}
