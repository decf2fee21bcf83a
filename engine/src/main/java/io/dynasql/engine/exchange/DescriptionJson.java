package io.dynasql.engine.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportType;
import io.dynasql.engine.api.ExportViewType;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.IncrementalExportSpecification;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Export and import descriptions as the JSON kept in the {@code meta} database, so DescribeExport,
 * ListExports, DescribeImport and ListImports answer after the database is reopened. A flat object
 * of strings and numbers; absent fields read as null.
 */
final class DescriptionJson {
  private static final JsonFactory JSON = new JsonFactory();

  private DescriptionJson() {}

  static byte[] of(ExportDescription d) {
    Map<String, Object> m = new HashMap<>();
    m.put("exportArn", d.exportArn());
    m.put("exportStatus", d.exportStatus());
    m.put("tableArn", d.tableArn());
    m.put("tableName", d.tableName());
    m.put("exportType", d.exportType());
    m.put("exportFormat", d.exportFormat());
    m.put("startTime", d.startTime());
    m.put("endTime", d.endTime());
    m.put("exportTime", d.exportTime());
    if (d.incremental() != null) {
      m.put("exportFromTime", d.incremental().exportFromTime());
      m.put("exportToTime", d.incremental().exportToTime());
      m.put("exportViewType", d.incremental().exportViewType());
    }
    m.put("bucket", d.bucket());
    m.put("prefix", d.prefix());
    m.put("exportManifest", d.exportManifest());
    m.put("itemCount", d.itemCount());
    m.put("billedSizeBytes", d.billedSizeBytes());
    m.put("failureCode", d.failureCode());
    m.put("failureMessage", d.failureMessage());
    return write(m);
  }

  static ExportDescription export(byte[] json) {
    Map<String, String> m = read(json);
    IncrementalExportSpecification inc = m.get("exportFromTime") == null ? null : new IncrementalExportSpecification(
        instant(m, "exportFromTime"), instant(m, "exportToTime"), ExportViewType.valueOf(m.get("exportViewType")));
    return new ExportDescription(m.get("exportArn"), m.get("exportStatus"), m.get("tableArn"), m.get("tableName"),
        ExportType.valueOf(m.get("exportType")), ExportFormat.valueOf(m.get("exportFormat")), instant(m, "startTime"),
        instant(m, "endTime"), instant(m, "exportTime"), inc, Path.of(m.get("bucket")), m.get("prefix"),
        m.get("exportManifest"), number(m, "itemCount"), number(m, "billedSizeBytes"), m.get("failureCode"),
        m.get("failureMessage"));
  }

  static byte[] of(ImportDescription d) {
    Map<String, Object> m = new HashMap<>();
    m.put("importArn", d.importArn());
    m.put("importStatus", d.importStatus());
    m.put("tableArn", d.tableArn());
    m.put("tableName", d.tableName());
    m.put("source", d.source());
    m.put("inputFormat", d.inputFormat());
    m.put("inputCompression", d.inputCompression());
    m.put("startTime", d.startTime());
    m.put("endTime", d.endTime());
    m.put("processedItemCount", d.processedItemCount());
    m.put("importedItemCount", d.importedItemCount());
    m.put("errorCount", d.errorCount());
    m.put("processedSizeBytes", d.processedSizeBytes());
    m.put("errorLog", d.errorLog());
    m.put("failureCode", d.failureCode());
    m.put("failureMessage", d.failureMessage());
    return write(m);
  }

  static ImportDescription importDescription(byte[] json) {
    Map<String, String> m = read(json);
    return new ImportDescription(m.get("importArn"), m.get("importStatus"), m.get("tableArn"), m.get("tableName"),
        m.get("source") == null ? null : Path.of(m.get("source")), InputFormat.valueOf(m.get("inputFormat")),
        InputCompression.valueOf(m.get("inputCompression")), instant(m, "startTime"), instant(m, "endTime"),
        number(m, "processedItemCount"), number(m, "importedItemCount"), number(m, "errorCount"),
        number(m, "processedSizeBytes"), m.get("errorLog") == null ? null : Path.of(m.get("errorLog")),
        m.get("failureCode"), m.get("failureMessage"));
  }

  private static byte[] write(Map<String, Object> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : new java.util.TreeMap<>(fields).entrySet()) {
        if (e.getValue() == null) continue;
        if (e.getValue() instanceof Long n) g.writeNumberField(e.getKey(), n);
        else g.writeStringField(e.getKey(), e.getValue().toString());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<String, String> read(byte[] json) {
    Map<String, String> m = new HashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a description");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        m.put(name, p.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static Instant instant(Map<String, String> m, String name) {
    String v = m.get(name);
    return v == null ? null : Instant.parse(v);
  }

  private static long number(Map<String, String> m, String name) {
    String v = m.get(name);
    return v == null ? 0 : Long.parseLong(v);
  }
}
