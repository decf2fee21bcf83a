package io.dynasql.engine.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.engine.model.StreamViewType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table descriptor as catalog JSON: an object per record, fields named after the record
 * components, enums by name. Written and read with Jackson's streaming parser rather than its
 * object mapper, whose start-up (hundreds of classes, reflection over the records) was a third of
 * a second of every process's first open. Unknown fields are ignored, so older readers skip
 * fields newer writers add.
 */
public final class CatalogJson {
  private static final JsonFactory JSON = new JsonFactory();

  private CatalogJson() {}

  /** The catalog JSON of {@code t} (backups keep their table's descriptor in this form too). */
  public static byte[] write(TableDescriptor t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("name", t.name());
      g.writeNumberField("keyspace", t.keyspace());
      g.writeFieldName("keySchema");
      keySchema(g, t.keySchema());
      g.writeArrayFieldStart("indexes");
      for (IndexDescriptor i : t.indexes()) index(g, i);
      g.writeEndArray();
      g.writeStringField("billingMode", t.billingMode() == null ? null : t.billingMode().name());
      g.writeNumberField("readCapacity", t.readCapacity());
      g.writeNumberField("writeCapacity", t.writeCapacity());
      g.writeStringField("tableClass", t.tableClass());
      g.writeNumberField("partitions", t.partitions());
      g.writeNumberField("createdAtMillis", t.createdAtMillis());
      g.writeArrayFieldStart("columns");
      for (ColumnInfo c : t.columns()) {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("sqlType", c.sqlType());
        g.writeStringField("source", c.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("columnsKnown", t.columnsKnown());
      g.writeArrayFieldStart("streams");
      for (StreamInfo st : t.streams()) {
        g.writeStartObject();
        g.writeStringField("label", st.label());
        g.writeNumberField("createdMicros", st.createdMicros());
        g.writeStringField("viewType", st.viewType().name());
        g.writeNumberField("endMicros", st.endMicros());
        g.writeEndObject();
      }
      g.writeEndArray();
      TimeToLiveInfo ttl = t.timeToLive();
      if (ttl == null) {
        g.writeNullField("timeToLive");
      } else {
        g.writeObjectFieldStart("timeToLive");
        g.writeStringField("attributeName", ttl.attributeName());
        g.writeBooleanField("enabled", ttl.enabled());
        g.writeNumberField("changedMicros", ttl.changedMicros());
        g.writeEndObject();
      }
      PointInTimeRecoveryInfo pitr = t.pointInTimeRecovery();
      if (pitr == null) {
        g.writeNullField("pointInTimeRecovery");
      } else {
        g.writeObjectFieldStart("pointInTimeRecovery");
        g.writeBooleanField("enabled", pitr.enabled());
        g.writeNumberField("recoveryPeriodInDays", pitr.recoveryPeriodInDays());
        g.writeNumberField("enabledMicros", pitr.enabledMicros());
        g.writeEndObject();
      }
      RollupJson.write(g, t.rollups());
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void keySchema(JsonGenerator g, KeySchema k) throws IOException {
    g.writeStartObject();
    g.writeStringField("partitionKey", k.partitionKey());
    g.writeStringField("partitionType", k.partitionType() == null ? null : k.partitionType().name());
    g.writeStringField("sortKey", k.sortKey());
    g.writeStringField("sortType", k.sortType() == null ? null : k.sortType().name());
    g.writeEndObject();
  }

  private static void index(JsonGenerator g, IndexDescriptor i) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", i.name());
    g.writeNumberField("keyspace", i.keyspace());
    g.writeStringField("kind", i.kind() == null ? null : i.kind().name());
    g.writeFieldName("keySchema");
    keySchema(g, i.keySchema());
    g.writeStringField("projectionType", i.projectionType() == null ? null : i.projectionType().name());
    g.writeArrayFieldStart("nonKeyAttributes");
    for (String a : i.nonKeyAttributes()) g.writeString(a);
    g.writeEndArray();
    g.writeEndObject();
  }

  public static TableDescriptor read(byte[] json) throws IOException {
    Map<String, Object> m;
    try (JsonParser p = JSON.createParser(json)) {
      m = object(p, p.nextToken());
    }
    List<IndexDescriptor> indexes = new ArrayList<>();
    for (Object o : list(m.get("indexes"))) indexes.add(index(map(o)));
    List<ColumnInfo> columns = new ArrayList<>();
    for (Object o : list(m.get("columns"))) {
      Map<String, Object> c = map(o);
      columns.add(new ColumnInfo((String) c.get("name"), (String) c.get("sqlType"), (String) c.get("source")));
    }
    List<StreamInfo> streams = new ArrayList<>();
    for (Object o : list(m.get("streams"))) {
      Map<String, Object> st = map(o);
      streams.add(new StreamInfo((String) st.get("label"), number(st.get("createdMicros")).longValue(),
          StreamViewType.valueOf((String) st.get("viewType")), number(st.get("endMicros")).longValue()));
    }
    return new TableDescriptor((String) m.get("name"), number(m.get("keyspace")).intValue(), keySchema(map(m.get("keySchema"))),
        indexes, m.get("billingMode") == null ? null : BillingMode.valueOf((String) m.get("billingMode")),
        number(m.get("readCapacity")).longValue(), number(m.get("writeCapacity")).longValue(), (String) m.get("tableClass"),
        number(m.get("partitions")).intValue(), number(m.get("createdAtMillis")).longValue(), columns,
        Boolean.TRUE.equals(m.get("columnsKnown")), streams, timeToLive(m.get("timeToLive")),
        pointInTimeRecovery(m.get("pointInTimeRecovery")), RollupJson.read(list(m.get("rollups"))));
  }

  /** The PITR setting, or null for a table that never had one (and for catalogs written before backups). */
  private static PointInTimeRecoveryInfo pointInTimeRecovery(Object o) {
    if (o == null) return null;
    Map<String, Object> p = map(o);
    return new PointInTimeRecoveryInfo(Boolean.TRUE.equals(p.get("enabled")),
        number(p.get("recoveryPeriodInDays")).intValue(), number(p.get("enabledMicros")).longValue());
  }

  /** The TTL setting, or null for a table that never had one (and for catalogs written before TTL). */
  private static TimeToLiveInfo timeToLive(Object o) {
    if (o == null) return null;
    Map<String, Object> t = map(o);
    return new TimeToLiveInfo((String) t.get("attributeName"), Boolean.TRUE.equals(t.get("enabled")),
        number(t.get("changedMicros")).longValue());
  }

  private static IndexDescriptor index(Map<String, Object> m) {
    List<String> extra = new ArrayList<>();
    for (Object o : list(m.get("nonKeyAttributes"))) extra.add((String) o);
    return new IndexDescriptor((String) m.get("name"), number(m.get("keyspace")).intValue(),
        m.get("kind") == null ? null : IndexKind.valueOf((String) m.get("kind")), keySchema(map(m.get("keySchema"))),
        m.get("projectionType") == null ? null : ProjectionType.valueOf((String) m.get("projectionType")), extra);
  }

  private static KeySchema keySchema(Map<String, Object> m) {
    return new KeySchema((String) m.get("partitionKey"), type(m.get("partitionType")), (String) m.get("sortKey"),
        type(m.get("sortType")));
  }

  private static AttributeType type(Object name) {
    return name == null ? null : AttributeType.valueOf((String) name);
  }

  /** The JSON value starting at {@code t}: Map, List, String, Number, Boolean or null. */
  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: return object(p, t);
      case START_ARRAY: {
        List<Object> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) out.add(value(p, e));
        return out;
      }
      case VALUE_STRING: return p.getText();
      case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return p.getNumberValue();
      case VALUE_TRUE: return Boolean.TRUE;
      case VALUE_FALSE: return Boolean.FALSE;
      case VALUE_NULL: return null;
      default: throw new IOException("unexpected " + t + " in catalog JSON");
    }
  }

  private static Map<String, Object> object(JsonParser p, JsonToken start) throws IOException {
    if (start != JsonToken.START_OBJECT) throw new IOException("expected an object in catalog JSON, found " + start);
    Map<String, Object> out = new HashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String field = p.currentName();
      out.put(field, value(p, p.nextToken()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  static List<?> list(Object o) {
    return o == null ? List.of() : (List<?>) o;
  }

  private static Number number(Object o) {
    return o == null ? 0 : (Number) o;
  }
}
