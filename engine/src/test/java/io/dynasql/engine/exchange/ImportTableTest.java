package io.dynasql.engine.exchange;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.CsvOptions;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ImportTable's documented behaviour
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Format.html and
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Validation.html):
 * records that are malformed or miss a key attribute are counted in ErrorCount and logged, and do
 * not fail the import; CSV values are Strings except key attributes; the import creates a new
 * table, with its indexes; a source that cannot be read fails the import and leaves no table.
 */
class ImportTableTest {
  private static final KeySchema KEY = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);
  @TempDir Path dir;

  @Test
  void badLinesAreCountedAndLoggedButDoNotFailTheImport() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("part-1.json"), String.join("\n",
        "{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"status\":{\"S\":\"NEW\"}}}",
        "{\"Item\":{\"pk\":{\"S\":\"b\"}}}",                      // no sort key
        "not json at all",
        "{\"Item\":{\"pk\":{\"N\":\"5\"},\"sk\":{\"N\":\"1\"}}}",   // key of the wrong type
        "{\"Item\":{\"pk\":{\"S\":\"c\"},\"sk\":{\"N\":\"2\"},\"gsiKey\":{\"S\":\"g\"}}}",
        ""));
    try (Database db = Database.temporary(SimulatedClock.atFixedStart())) {
      CreateTableRequest create = CreateTableRequest.of("orders", KEY)
          .withGlobalIndexes(SecondaryIndex.all("byGsi", KeySchema.of("gsiKey", AttributeType.S)));
      ImportDescription d = db.importTable(new ImportTableRequest(src, InputFormat.DYNAMODB_JSON, InputCompression.NONE, create, null));
      assertEquals("COMPLETED", d.importStatus());
      assertEquals(5, d.processedItemCount());
      assertEquals(2, d.importedItemCount());
      assertEquals(3, d.errorCount());
      List<String> log = Files.readAllLines(d.errorLog());
      assertEquals(3, log.size());
      assertTrue(log.get(0).contains("\"line\":2") && log.get(0).contains("Missing the key sk"), log.get(0));
      assertTrue(log.get(1).contains("not JSON"), log.get(1));
      assertEquals(s("NEW"), db.getItem(GetItemRequest.of("orders", Map.of("pk", s("a"), "sk", n(1)))).item().get("status"));
      assertEquals(1, db.query(QueryRequest.builder("orders").index("byGsi").keyCondition("gsiKey = :g")
          .values(Map.of(":g", s("g"))).build()).items().size(), "indexes are built from the imported items");
      assertEquals(List.of(d), db.listImports("orders"));
      assertEquals(d, db.describeImport(d.importArn()));
    }
  }

  @Test
  void csvWithZstdTypesKeysByTheSchemaAndTheRestAsStrings() throws IOException {
    Path file = dir.resolve("orders.csv.zst");
    try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(file))) {
      out.write("pk,sk,total,note\na,1,12.50,\"with, comma and \"\"quotes\"\"\"\nb,2,,\n".getBytes(StandardCharsets.UTF_8));
    }
    try (Database db = Database.temporary(SimulatedClock.atFixedStart())) {
      ImportDescription d = db.importTable(new ImportTableRequest(file, InputFormat.CSV, InputCompression.ZSTD,
          CreateTableRequest.of("orders", KEY), CsvOptions.DEFAULT));
      assertEquals(2, d.importedItemCount());
      assertNull(d.errorLog());
      assertEquals(Map.of("pk", s("a"), "sk", n(1), "total", s("12.50"), "note", s("with, comma and \"quotes\"")),
          db.getItem(GetItemRequest.of("orders", Map.of("pk", s("a"), "sk", n(1)))).item());
      assertEquals(Map.of("pk", s("b"), "sk", n(2)), db.getItem(GetItemRequest.of("orders", Map.of("pk", s("b"), "sk", n(2)))).item());
    }
  }

  @Test
  void aCorruptGzipFailsTheImportAndLeavesNoTable() throws IOException {
    Path src = Files.createDirectories(dir.resolve("gz"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(src.resolve("a.json.gz")))) {
      out.write("{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] good = Files.readAllBytes(src.resolve("a.json.gz"));
    Files.write(src.resolve("b.json.gz"), java.util.Arrays.copyOf(good, good.length / 2));
    try (Database db = Database.temporary(SimulatedClock.atFixedStart())) {
      ValidationException e = assertThrows(ValidationException.class, () -> db.importTable(new ImportTableRequest(src,
          InputFormat.DYNAMODB_JSON, InputCompression.GZIP, CreateTableRequest.of("orders", KEY), null)));
      assertTrue(e.getMessage().contains("b.json.gz"), e.getMessage());
      assertFalse(db.descriptors().containsKey("orders"));
      assertEquals("FAILED", db.listImports(null).get(0).importStatus());
    }
  }

  @Test
  void aMissingSourceOrAnExistingTableIsRefusedBeforeAnythingIsCreated() throws IOException {
    try (Database db = Database.temporary(SimulatedClock.atFixedStart())) {
      assertThrows(ValidationException.class, () -> db.importTable(new ImportTableRequest(dir.resolve("nope"),
          InputFormat.DYNAMODB_JSON, InputCompression.NONE, CreateTableRequest.of("orders", KEY), null)));
      assertFalse(db.descriptors().containsKey("orders"));
      db.createTable(CreateTableRequest.of("orders", KEY));
      Path f = Files.writeString(dir.resolve("x.json"), "{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}\n");
      assertThrows(ResourceInUseException.class, () -> db.importTable(new ImportTableRequest(f,
          InputFormat.DYNAMODB_JSON, InputCompression.NONE, CreateTableRequest.of("orders", KEY), null)));
      assertEquals(0, db.describeTable("orders").itemCount());
      assertThrows(ValidationException.class, () -> db.exportTableToPointInTime(
          io.dynasql.engine.api.ExportTableRequest.full("orders", dir.resolve("no-bucket"))));
    }
  }
}
