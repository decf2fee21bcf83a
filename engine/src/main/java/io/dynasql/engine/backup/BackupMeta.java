package io.dynasql.engine.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.model.BackupStatus;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.time.Micros;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a backup's {@code backup.json} says of it: its identity, type, time and size. The table's
 * descriptor sits beside it in {@code table.json}, in the catalog's own JSON.
 *
 * @param id the backup's id, the last part of its ARN and its directory's name
 * @param arn its ARN
 * @param name its name
 * @param type USER or SYSTEM
 * @param tableName the table backed up
 * @param createdMicros when the snapshot was taken
 * @param expiresMicros when a SYSTEM backup expires, or {@link #NEVER}
 * @param itemCount items it holds (changes applied)
 * @param sizeBytes their size
 */
record BackupMeta(String id, String arn, String name, BackupType type, String tableName, long createdMicros,
    long expiresMicros, long itemCount, long sizeBytes) {
  static final long NEVER = Long.MAX_VALUE;
  private static final JsonFactory JSON = new JsonFactory();

  BackupDetails details(BackupStatus status) {
    return new BackupDetails(arn, name, sizeBytes, status, type, Micros.toInstant(createdMicros),
        expiresMicros == NEVER ? null : Micros.toInstant(expiresMicros));
  }

  byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("arn", arn);
      g.writeStringField("name", name);
      g.writeStringField("type", type.name());
      g.writeStringField("tableName", tableName);
      g.writeNumberField("createdMicros", createdMicros);
      g.writeNumberField("expiresMicros", expiresMicros);
      g.writeNumberField("itemCount", itemCount);
      g.writeNumberField("sizeBytes", sizeBytes);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    return out.toByteArray();
  }

  static BackupMeta fromJson(byte[] json) throws IOException {
    Map<String, String> m = new HashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("backup.json is not a JSON object");
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        m.put(field, p.getValueAsString());
      }
    }
    for (String f : new String[] {"id", "arn", "name", "type", "tableName", "createdMicros", "expiresMicros", "itemCount", "sizeBytes"}) {
      if (m.get(f) == null) throw new IOException("backup.json has no " + f);
    }
    try {
      return new BackupMeta(m.get("id"), m.get("arn"), m.get("name"), BackupType.valueOf(m.get("type")), m.get("tableName"),
          Long.parseLong(m.get("createdMicros")), Long.parseLong(m.get("expiresMicros")), Long.parseLong(m.get("itemCount")),
          Long.parseLong(m.get("sizeBytes")));
    } catch (IllegalArgumentException e) {
      throw new IOException("backup.json has a bad value: " + e.getMessage(), e);
    }
  }
}
