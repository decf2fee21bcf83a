package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/export-import.md's engine example, run; and a check that the page shows exactly this code.
 * Formats: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html
 */
class ExportImportDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "export-import.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "dynasql", "engine", "ExportImportDocExampleTest.java");
  @TempDir Path bucket;

  @Test
  void theExportImportExampleRuns() {
    ExportDescription seenExport;
    ImportDescription seenImport;
    // example start
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      KeySchema key = KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N);
      db.createTable(CreateTableRequest.of("orders", key));
      db.putItem(PutItemRequest.of("orders", Map.of("customer", s("alice"), "orderId", n(1), "total", n("12.50"))));
      db.putItem(PutItemRequest.of("orders", Map.of("customer", s("bob"), "orderId", n(2), "total", n("7"))));

      ExportDescription export = db.exportTableToPointInTime(ExportTableRequest.full("orders", bucket));
      Path exportDir = bucket.resolve("AWSDynamoDB").resolve(export.exportId());

      ImportDescription imported = db.importTable(new ImportTableRequest(exportDir.resolve("data"),
          InputFormat.DYNAMODB_JSON, InputCompression.GZIP, CreateTableRequest.of("orders_copy", key), null));
      // export.itemCount() == 2; imported.importedItemCount() == 2, imported.errorCount() == 0
      // example end
      seenExport = export;
      seenImport = imported;
      assertEquals(n("12.5"), db.getItem(GetItemRequest.of("orders_copy", Map.of("customer", s("alice"), "orderId", n(1))))
          .item().get("total"));
    }
    assertEquals(2, seenExport.itemCount());
    assertEquals(2, seenImport.importedItemCount());
    assertEquals(0, seenImport.errorCount());
  }

  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    DocExamples.assertPageShowsExample(DOC, SELF);
  }
}
