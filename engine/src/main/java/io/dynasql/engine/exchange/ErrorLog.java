package io.dynasql.engine.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejected records of one import, one JSON object per line (file, line, reason, the record's
 * text): what DynamoDB writes to CloudWatch Logs. Opened on the first rejection only, so a clean
 * import leaves no file.
 */
final class ErrorLog implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);
  private final Path path;
  private BufferedWriter out;

  ErrorLog(Path path) {
    this.path = path;
  }

  void write(String file, long line, String text, String reason) {
    try {
      if (out == null) {
        Files.createDirectories(path.getParent());
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      }
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeNumberField("line", line);
        g.writeStringField("reason", reason);
        if (text != null && !text.isEmpty()) g.writeStringField("record", text);
        g.writeEndObject();
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the import error log " + path, e);
    }
  }

  /** The log's path, or null when nothing was rejected. */
  Path pathIfWritten() {
    return out == null ? null : path;
  }

  @Override
  public void close() throws IOException {
    if (out != null) out.close();
  }
}
