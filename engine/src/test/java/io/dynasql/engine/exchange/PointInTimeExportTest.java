package io.dynasql.engine.exchange;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.ExportViewType;
import io.dynasql.engine.api.IncrementalExportSpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.error.InvalidExportTimeException;
import io.dynasql.engine.error.PointInTimeRecoveryUnavailableException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports at a past ExportTime and incremental exports, both read from the change log, on the
 * simulated clock. Incremental output (Metadata.WriteTimestampMicros, Keys, NewImage, OldImage)
 * and the 15 minute to 24 hour window:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html and
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_IncrementalExportSpecification.html
 */
class PointInTimeExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KeySchema KEY = KeySchema.of("pk", AttributeType.S);
  @TempDir Path bucket;

  private static Database withHistory(SimulatedClock clock) {
    Database db = Database.temporary(clock);
    db.createTable(CreateTableRequest.of("tbl", KEY).withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)));
    db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("a"), "v", n(1))));
    db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("b"), "v", n(1))));
    clock.advance(Duration.ofMinutes(30));
    return db;
  }

  @Test
  void anExportAtAPastTimeShowsTheItemsAsTheyWere() throws IOException {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = withHistory(clock)) {
      Instant then = clock.instant();
      clock.advance(Duration.ofMinutes(1));
      db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("a"), "v", n(2))));
      db.deleteItem(DeleteItemRequest.of("tbl", Map.of("pk", s("b"))));
      db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("c"), "v", n(1))));
      clock.advance(Duration.ofMinutes(1));
      ExportDescription past = db.exportTableToPointInTime(ExportTableRequest.full("tbl", bucket).withExportTime(then));
      assertEquals(Map.of("a", "1", "b", "1"), values(past, "Item"));
      ExportDescription now = db.exportTableToPointInTime(ExportTableRequest.full("tbl", bucket));
      assertEquals(Map.of("a", "2", "c", "1"), values(now, "Item"));
    }
  }

  @Test
  void anIncrementalExportHasOneRecordPerChangedItem() throws IOException {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = withHistory(clock)) {
      Instant from = clock.instant();
      db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("a"), "v", n(2))));
      db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("a"), "v", n(3))));
      db.deleteItem(DeleteItemRequest.of("tbl", Map.of("pk", s("b"))));
      db.putItem(PutItemRequest.of("tbl", Map.of("pk", s("c"), "v", n(1))));
      long lastWrite = clock.instant().toEpochMilli() * 1000;
      clock.advance(Duration.ofMinutes(20));
      ExportDescription d = db.exportTableToPointInTime(ExportTableRequest.full("tbl", bucket)
          .incremental(new IncrementalExportSpecification(from, null, null)));
      Map<String, JsonNode> byKey = records(d);
      assertEquals(3, byKey.size());
      assertEquals("3", byKey.get("a").at("/NewImage/v/N").asText());
      assertEquals("1", byKey.get("a").at("/OldImage/v/N").asText());
      assertEquals(lastWrite, Long.parseLong(byKey.get("a").at("/Metadata/WriteTimestampMicros/N").asText()), 1_000_000);
      assertEquals(false, byKey.get("b").has("NewImage"));
      assertEquals("1", byKey.get("b").at("/OldImage/v/N").asText());
      assertEquals(false, byKey.get("c").has("OldImage"));
      ExportDescription newOnly = db.exportTableToPointInTime(ExportTableRequest.full("tbl", bucket)
          .incremental(new IncrementalExportSpecification(from, null, ExportViewType.NEW_IMAGE)));
      assertEquals(false, records(newOnly).get("a").has("OldImage"));
    }
  }

  @Test
  void historyTheLogDoesNotHoldIsRefused() {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = withHistory(clock)) {
      db.createTable(CreateTableRequest.of("nostream", KEY));
      assertThrows(PointInTimeRecoveryUnavailableException.class, () -> db.exportTableToPointInTime(
          ExportTableRequest.full("nostream", bucket).withExportTime(clock.instant().minusSeconds(60))));
      assertThrows(InvalidExportTimeException.class, () -> db.exportTableToPointInTime(
          ExportTableRequest.full("tbl", bucket).withExportTime(clock.instant().plusSeconds(60))));
      assertThrows(InvalidExportTimeException.class, () -> db.exportTableToPointInTime(
          ExportTableRequest.full("tbl", bucket).withExportTime(clock.instant().minus(Duration.ofHours(2)))));
      ValidationException shortWindow = assertThrows(ValidationException.class, () -> db.exportTableToPointInTime(
          ExportTableRequest.full("tbl", bucket).incremental(new IncrementalExportSpecification(
              clock.instant().minus(Duration.ofMinutes(10)), null, null))));
      assertEquals(true, shortWindow.getMessage().contains("15 minutes"));
      assertEquals(List.of(), db.listExports(null));
    }
  }

  private Map<String, String> values(ExportDescription d, String image) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : records(d).entrySet()) out.put(e.getKey(), e.getValue().at("/" + image + "/v/N").asText());
    return out;
  }

  private Map<String, JsonNode> records(ExportDescription d) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    Path dir = bucket.resolve("AWSDynamoDB").resolve(d.exportId());
    for (String line : Files.readAllLines(dir.resolve("manifest-files.json"))) {
      for (String rec : ExportLayoutTest.gunzipLines(bucket.resolve(JSON.readTree(line).get("dataFileS3Key").asText()))) {
        JsonNode r = JSON.readTree(rec);
        JsonNode key = r.has("Keys") ? r.get("Keys") : r.get("Item");
        out.put(key.at("/pk/S").asText(), r);
      }
    }
    return out;
  }
}
