package io.dynasql.engine.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.Numbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items in DynamoDB JSON, the typed form of the wire protocol and of export files:
 * {@code {"name":{"S":"x"},"n":{"N":"1"}}}. Streamed with Jackson, no object mapper, because
 * import parses hundreds of thousands of items a second.
 */
final class DynamoJson {
  private DynamoJson() {}

  /** Writes {@code item} as one JSON object. */
  static void writeItem(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  static void writeValue(JsonGenerator g, AttributeValue v) throws IOException {
    g.writeStartObject();
    g.writeFieldName(v.type().name());
    if (v instanceof AttributeValue.S s) g.writeString(s.value());
    else if (v instanceof AttributeValue.N n) g.writeString(n.text());
    else if (v instanceof AttributeValue.B b) g.writeString(b.value().toBase64());
    else if (v instanceof AttributeValue.Bool b) g.writeBoolean(b.value());
    else if (v instanceof AttributeValue.Null) g.writeBoolean(true);
    else if (v instanceof AttributeValue.M m) writeItem(g, m.values());
    else {
      g.writeStartArray();
      if (v instanceof AttributeValue.L l) for (AttributeValue e : l.values()) writeValue(g, e);
      else if (v instanceof AttributeValue.SS ss) for (String s : ss.values()) g.writeString(s);
      else if (v instanceof AttributeValue.NS ns) for (BigDecimal d : ns.values()) g.writeString(Numbers.format(d));
      else for (Bytes b : ((AttributeValue.BS) v).values()) g.writeString(b.toBase64());
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@code item} as an export line, {@code {"Item":{...}}}. */
  static String itemLine(Map<String, AttributeValue> item) {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeFieldName("Item");
      writeItem(g, item);
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Reads one item; the parser is on its START_OBJECT. Throws {@link BadRecord} on a malformed value. */
  static Map<String, AttributeValue> readItem(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT, "an item object");
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      item.put(name, readValue(p));
    }
    return item;
  }

  static AttributeValue readValue(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT, "a typed value such as {\"S\":\"x\"}");
    if (p.nextToken() != JsonToken.FIELD_NAME) throw new BadRecord("an attribute value has no type");
    String type = p.currentName();
    JsonToken t = p.nextToken();
    AttributeValue v = switch (type) {
      case "S" -> new AttributeValue.S(text(p, t));
      case "N" -> AttributeValue.n(text(p, t));
      case "B" -> new AttributeValue.B(Bytes.wrap(base64(text(p, t))));
      case "BOOL" -> new AttributeValue.Bool(bool(t));
      case "NULL" -> nul(t);
      case "M" -> new AttributeValue.M(readItem(p));
      case "L" -> new AttributeValue.L(list(p, t));
      case "SS" -> new AttributeValue.SS(strings(p, t));
      case "NS" -> {
        Set<BigDecimal> set = new LinkedHashSet<>();
        for (String s : strings(p, t)) set.add(Numbers.parse(s));
        yield new AttributeValue.NS(set);
      }
      case "BS" -> {
        Set<Bytes> set = new LinkedHashSet<>();
        for (String s : strings(p, t)) set.add(Bytes.wrap(base64(s)));
        yield new AttributeValue.BS(set);
      }
      default -> throw new BadRecord("unknown attribute type \"" + type + "\"");
    };
    if (p.nextToken() != JsonToken.END_OBJECT) throw new BadRecord("an attribute value has more than one type");
    return v;
  }

  private static List<AttributeValue> list(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY, "a list");
    List<AttributeValue> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(readValue(p));
    return out;
  }

  private static Set<String> strings(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY, "a set");
    Set<String> out = new LinkedHashSet<>();
    JsonToken e;
    while ((e = p.nextToken()) != JsonToken.END_ARRAY) out.add(text(p, e));
    if (out.isEmpty()) throw new BadRecord("an empty set");
    return out;
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_STRING, "a string");
    return p.getText();
  }

  private static boolean bool(JsonToken t) {
    if (t == JsonToken.VALUE_TRUE) return true;
    if (t == JsonToken.VALUE_FALSE) return false;
    throw new BadRecord("BOOL must be true or false");
  }

  private static AttributeValue nul(JsonToken t) {
    if (t != JsonToken.VALUE_TRUE) throw new BadRecord("NULL must be true");
    return AttributeValue.NULL;
  }

  private static byte[] base64(String s) {
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new BadRecord("binary value is not base64: " + e.getMessage());
    }
  }

  private static void expect(JsonToken actual, JsonToken wanted, String what) {
    if (actual != wanted) throw new BadRecord("expected " + what + " but found " + actual);
  }
}
