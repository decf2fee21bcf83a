package io.dynasql.engine.exchange;

import io.dynasql.engine.api.CsvOptions;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.KeySchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV import files: a header line naming the attributes (or the request's header list),
 * then one item per line. As in DynamoDB's CSV import, key attributes take the type of the key
 * schema and every other value is imported as a String; empty cells are left out. Fields may be
 * quoted with {@code "}, a quote inside doubled; a quoted field does not span lines.
 */
final class CsvRecords {
  private CsvRecords() {}

  static void read(InputStream in, String file, CsvOptions options, KeySchema key, RecordSink sink) throws IOException {
    Lines lines = new Lines(in);
    List<String> header = options.headerList();
    long n = 0;
    while (lines.next()) {
      n++;
      String text = lines.text();
      if (lines.blank()) continue;
      try {
        List<String> cells = split(text, options.delimiter());
        if (header == null) {
          header = cells;
          continue;
        }
        if (cells.size() > header.size()) throw new BadRecord("the line has " + cells.size() + " fields, the header " + header.size());
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i);
          if (!cell.isEmpty()) item.put(header.get(i), value(header.get(i), cell, key));
        }
        sink.item(file, n, item, text);
      } catch (BadRecord | ValidationException e) {
        sink.reject(file, n, text, e.getMessage());
      }
    }
  }

  private static AttributeValue value(String name, String cell, KeySchema key) {
    AttributeType t = name.equals(key.partitionKey()) ? key.partitionType()
        : key.hasSortKey() && name.equals(key.sortKey()) ? key.sortType() : AttributeType.S;
    if (t == AttributeType.N) return AttributeValue.n(cell);
    if (t == AttributeType.B) {
      try {
        return new AttributeValue.B(Bytes.wrap(Base64.getDecoder().decode(cell)));
      } catch (IllegalArgumentException e) {
        throw new BadRecord("key attribute " + name + " is binary but its value is not base64");
      }
    }
    return new AttributeValue.S(cell);
  }

  static List<String> split(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (true) {
      cell.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) throw new BadRecord("a quoted field is not closed");
          char c = line.charAt(i++);
          if (c != '"') {
            cell.append(c);
          } else if (i < line.length() && line.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        }
        if (i < line.length() && line.charAt(i) != delimiter) throw new BadRecord("text after a closing quote");
      } else {
        while (i < line.length() && line.charAt(i) != delimiter) cell.append(line.charAt(i++));
      }
      out.add(cell.toString());
      if (i >= line.length()) return out;
      i++; // the delimiter
    }
  }
}
