package io.dynasql.engine.exchange;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree an export writes, field by field, as documented in
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html:
 * {@code prefix/AWSDynamoDB/<ExportId>/} with {@code manifest-summary.json}, {@code manifest-files.json},
 * their {@code .checksum}s, {@code _started}, and at least one {@code data/*.json.gz} per partition
 * (empty partitions give empty files), each listed with its item count, MD5 (Base64) and ETag.
 */
class ExportLayoutTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path bucket;

  @Test
  void fullExportWritesDynamoDbsTree() throws IOException {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      db.createTable(CreateTableRequest.of("ProductCatalog", KeySchema.of("Id", AttributeType.N)));
      for (int i = 0; i < 10; i++) db.putItem(PutItemRequest.of("ProductCatalog", Map.of("Id", n(100 + i), "Title", s("Book " + i))));
      ExportDescription d = db.exportTableToPointInTime(new ExportTableRequest("ProductCatalog", bucket, "exports/2026",
          ExportFormat.DYNAMODB_JSON, null, null, null));

      assertTrue(d.exportId().matches("\\d{14}-[0-9a-f]{8}"), d.exportId());
      assertEquals("arn:aws:dynamodb:" + "us-east-1" + ":000000000000:table/ProductCatalog/export/" + d.exportId(), d.exportArn());
      Path dir = bucket.resolve("exports/2026/AWSDynamoDB").resolve(d.exportId());
      for (String f : List.of("manifest-summary.json", "manifest-summary.checksum", "manifest-files.json",
          "manifest-files.checksum", "_started")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), f);
      }
      JsonNode summary = JSON.readTree(dir.resolve("manifest-summary.json").toFile());
      assertEquals("2020-06-30", summary.get("version").asText());
      assertEquals(d.exportArn(), summary.get("exportArn").asText());
      assertEquals("DYNAMODB_JSON", summary.get("outputFormat").asText());
      assertEquals(10, summary.get("itemCount").asLong());
      assertEquals("exports/2026", summary.get("s3Prefix").asText());
      assertEquals("exports/2026/AWSDynamoDB/" + d.exportId() + "/manifest-files.json", summary.get("manifestFilesS3Key").asText());
      assertEquals(clock.instant().toString(), summary.get("exportTime").asText());
      assertEquals(md5Hex(dir.resolve("manifest-summary.json")), Files.readString(dir.resolve("manifest-summary.checksum")));
      assertEquals(md5Hex(dir.resolve("manifest-files.json")), Files.readString(dir.resolve("manifest-files.checksum")));

      List<String> lines = Files.readAllLines(dir.resolve("manifest-files.json"));
      assertEquals(db.describeTable("ProductCatalog").partitions(), lines.size(), "one file per partition");
      long total = 0;
      List<String> items = new ArrayList<>();
      for (String line : lines) {
        JsonNode f = JSON.readTree(line);
        Path data = bucket.resolve(f.get("dataFileS3Key").asText());
        assertTrue(f.get("dataFileS3Key").asText().matches("exports/2026/AWSDynamoDB/" + d.exportId() + "/data/[a-z2-7]{26}\\.json\\.gz"));
        byte[] raw = Files.readAllBytes(data);
        byte[] md5 = Checksums.md5(raw);
        assertEquals(Checksums.base64(md5), f.get("md5Checksum").asText());
        assertEquals(Checksums.hex(md5), f.get("etag").asText());
        List<String> content = gunzipLines(data);
        assertEquals(f.get("itemCount").asLong(), content.size());
        total += content.size();
        items.addAll(content);
      }
      assertEquals(10, total);
      JsonNode expected = JSON.readTree("{\"Item\":{\"Id\":{\"N\":\"103\"},\"Title\":{\"S\":\"Book 3\"}}}");
      List<JsonNode> trees = new ArrayList<>();
      for (String line : items) trees.add(JSON.readTree(line));
      assertTrue(trees.contains(expected), items.toString());
    }
  }

  static List<String> gunzipLines(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      String text = out.toString(StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
  }

  private static String md5Hex(Path p) throws IOException {
    return Checksums.hex(Checksums.md5(Files.readAllBytes(p)));
  }
}
