package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDurabilityTest {
  @TempDir Path dir;

  @Test
  void manyWritersAllLandAndSurviveReopen() throws Exception {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S)));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            db.putItem(PutItemRequest.of("Items", Map.of("pk", s(thread + "-" + i), "v", n(i))));
          }
        }));
      }
      for (Future<?> f : futures) f.get();
      pool.shutdown();
    }
    try (Database db = Database.open(dir)) {
      assertEquals(1600, db.describeTable("Items").itemCount());
      assertNotNull(db.getItem(GetItemRequest.of("Items", Map.of("pk", s("7-199")))).item());
    }
  }

  @Test
  void theMapGrowsInsteadOfFailing() {
    DatabaseOptions tiny = DatabaseOptions.DEFAULT.withInitialMapSize(1 << 20).withSync(false);
    try (Database db = Database.open(dir, tiny)) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S)));
      String blob = "x".repeat(100_000);
      for (int i = 0; i < 60; i++) {
        db.putItem(PutItemRequest.of("Items", Map.of("pk", s("k" + i), "blob", s(blob))));
      }
      int seen = 0;
      Map<String, io.dynasql.engine.model.AttributeValue> start = null;
      do {
        var page = db.scan(ScanRequest.builder("Items").exclusiveStartKey(start).build());
        assertTrue(page.bytesRead() <= 1024 * 1024 + 100_100, "a page stops after 1 MB");
        seen += page.scannedCount();
        start = page.lastEvaluatedKey();
      } while (start != null);
      assertEquals(60, seen);
    }
    try (Database db = Database.open(dir, tiny)) {
      assertEquals(60, db.describeTable("Items").itemCount());
      assertTrue(db.getItem(GetItemRequest.of("Items", Map.of("pk", s("k59")))).item() != null);
    }
  }
}
