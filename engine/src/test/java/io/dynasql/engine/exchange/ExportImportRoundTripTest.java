package io.dynasql.engine.exchange;

import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, then import the export's directory as it is, into a new table: every item comes back
 * equal, for every attribute type, 38-digit numbers, empty and non-UTF-8 binary, a 255-character
 * attribute name and a ~380 KB item. Formats:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html and
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Format.html
 */
class ExportImportRoundTripTest {
  @TempDir Path bucket;

  static Map<String, Map<String, AttributeValue>> items() {
    Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
    Map<String, AttributeValue> all = new LinkedHashMap<>();
    all.put("pk", s("every-type"));
    all.put("sk", n(1));
    all.put("s", s("héllo \"quoted\"\n\ttab ✓ 𝄞"));
    all.put("n38", n("12345678901234567890123456789012345678"));
    all.put("nsmall", n("-0.000000000000000000000000000000000000000000001"));
    all.put("nbig", n("9.9999999999999999999999999999999999999E+125"));
    all.put("b", b(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0x80, (byte) 0xc3}));
    all.put("bempty", b(new byte[0]));
    all.put("bool", AttributeValue.bool(true));
    all.put("boolf", AttributeValue.bool(false));
    all.put("nul", AttributeValue.NULL);
    all.put("m", AttributeValue.m(Map.of("inner", AttributeValue.l(s("x"), n(2), AttributeValue.NULL),
        "deep", AttributeValue.m(Map.of("b", b(new byte[] {1, 2}))))));
    all.put("l", AttributeValue.l(AttributeValue.ss("a"), AttributeValue.l(), AttributeValue.m(Map.of()), s("")));
    all.put("ss", AttributeValue.ss("a", "b", "é"));
    all.put("ns", AttributeValue.ns("1", "-2.5", "12345678901234567890123456789012345678"));
    all.put("bs", AttributeValue.bs(new byte[] {(byte) 0x80}, new byte[] {1}));
    all.put("a".repeat(255), s("long name"));
    all.put("emptys", s(""));
    items.put("all", all);
    Map<String, AttributeValue> big = new HashMap<>();
    big.put("pk", s("big"));
    big.put("sk", n(2));
    big.put("payload", s("x".repeat(380 * 1024)));
    items.put("big", big);
    for (int i = 0; i < 50; i++) items.put("small" + i, Map.of("pk", s("p" + (i % 7)), "sk", n(i), "v", n(i * 3)));
    return items;
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void exportThenImportGivesEqualItems(ExportFormat format) {
    KeySchema key = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);
    try (Database db = Database.temporary(SimulatedClock.atFixedStart())) {
      db.createTable(CreateTableRequest.of("orders", key));
      for (Map<String, AttributeValue> item : items().values()) db.putItem(PutItemRequest.of("orders", item));
      ExportDescription e = db.exportTableToPointInTime(ExportTableRequest.full("orders", bucket).withFormat(format));
      assertEquals(52, e.itemCount());
      Path exportDir = bucket.resolve("AWSDynamoDB").resolve(e.exportId());
      InputFormat in = format == ExportFormat.ION ? InputFormat.ION : InputFormat.DYNAMODB_JSON;
      ImportDescription i = db.importTable(new ImportTableRequest(exportDir.resolve("data"), in, InputCompression.GZIP,
          CreateTableRequest.of("orders2", key), null));
      assertEquals("COMPLETED", i.importStatus());
      assertEquals(52, i.processedItemCount());
      assertEquals(52, i.importedItemCount());
      assertEquals(0, i.errorCount());
      for (Map<String, AttributeValue> item : items().values()) {
        Map<String, AttributeValue> got = db.getItem(GetItemRequest.of("orders2", key.keyOf(item))).item();
        assertEquals(item, got, "item " + key.keyOf(item));
      }
      List<Map<String, AttributeValue>> scanned = db.scan(ScanRequest.builder("orders2").build()).items();
      assertEquals(52, scanned.size());
      assertEquals(db.describeTable("orders").tableSizeBytes(), db.describeTable("orders2").tableSizeBytes());
      assertEquals(52, db.describeTable("orders2").itemCount());
    }
  }
}
