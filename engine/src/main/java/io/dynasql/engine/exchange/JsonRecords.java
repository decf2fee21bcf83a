package io.dynasql.engine.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads DynamoDB JSON import files: one {@code {"Item":{...}}} object per line, as an export
 * writes them. A line that is not such an object is rejected on its own; the next line is read.
 */
final class JsonRecords {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonRecords() {}

  static void read(InputStream in, String file, RecordSink sink) throws IOException {
    Lines lines = new Lines(in);
    long n = 0;
    while (lines.next()) {
      n++;
      if (lines.blank()) continue;
      try (JsonParser p = JSON.createParser(lines.bytes(), 0, lines.length())) {
        Map<String, AttributeValue> item = parse(p);
        sink.item(file, n, item, null);
      } catch (BadRecord | ValidationException e) {
        sink.reject(file, n, lines.text(), e.getMessage());
      } catch (JsonProcessingException e) {
        sink.reject(file, n, lines.text(), "not JSON: " + e.getOriginalMessage());
      }
    }
  }

  private static Map<String, AttributeValue> parse(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) throw new BadRecord("a line must be a JSON object {\"Item\":{...}}");
    if (p.nextToken() != JsonToken.FIELD_NAME || !"Item".equals(p.currentName())) {
      throw new BadRecord("a line must be a JSON object with one field, \"Item\"");
    }
    p.nextToken();
    Map<String, AttributeValue> item = DynamoJson.readItem(p);
    if (p.nextToken() != JsonToken.END_OBJECT) throw new BadRecord("a line must hold only the field \"Item\"");
    if (p.nextToken() != null) throw new BadRecord("a line must hold one JSON object");
    return item;
  }
}
