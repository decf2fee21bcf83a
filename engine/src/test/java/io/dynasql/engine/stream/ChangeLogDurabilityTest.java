package io.dynasql.engine.stream;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log commits with the data: after close and reopen, replaying the log's images from
 * an empty table gives exactly the table's items, and the stream reads the same records. A table
 * without a stream writes nothing to the log.
 */
class ChangeLogDurabilityTest {
  @Test
  void reopenedDatabaseHasLogAndDataAgreeing(@TempDir Path dir) {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (StreamFixture f = new StreamFixture(dir)) {
      String arn = f.table("Kept", StreamViewType.NEW_AND_OLD_IMAGES);
      f.db.createTable(CreateTableRequest.of("Plain", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
      for (int i = 0; i < 300; i++) {
        Map<String, AttributeValue> key = Map.of("pk", s("p" + random.nextInt(5)), "sk", n(random.nextInt(20)));
        switch (random.nextInt(3)) {
          case 0 -> f.db.putItem(PutItemRequest.of("Kept", with(key, "v", n(random.nextInt(3)))));
          case 1 -> f.db.updateItem(UpdateItemRequest.of("Kept", key, "SET v = :v", Expr.values(Map.of(":v", n(random.nextInt(3))))));
          default -> f.db.deleteItem(DeleteItemRequest.of("Kept", key));
        }
        f.db.putItem(PutItemRequest.of("Plain", with(key, "v", n(i))));
      }
      List<StreamEvent> before = f.readAll(arn);
      f.reopen();
      assertEquals(before, f.readAll(arn), "the stream reads the same records after reopening (seed " + seed + ")");

      int kept = f.db.descriptor("Kept").keyspace();
      int plain = f.db.descriptor("Plain").keyspace();
      List<ChangeRecord> log = f.whileClosed(d -> LogPeek.records(d, kept));
      assertTrue(f.whileClosed(d -> LogPeek.records(d, plain)).isEmpty(), "a table without a stream pays nothing");
      Map<Map<String, AttributeValue>, Map<String, AttributeValue>> replayed = new HashMap<>();
      for (ChangeRecord c : log) {
        Map<String, AttributeValue> image = c.newImage() != null ? c.newImage() : c.oldImage();
        Map<String, AttributeValue> key = Map.of("pk", image.get("pk"), "sk", image.get("sk"));
        assertEquals(c.oldImage(), replayed.get(key), "each record's old image is the item the previous record left (seed " + seed + ")");
        if (c.newImage() == null) replayed.remove(key);
        else replayed.put(key, c.newImage());
      }
      assertEquals(new HashSet<>(replayed.values()), new HashSet<>(f.db.scan(ScanRequest.builder("Kept").build()).items()),
          "replaying the log gives the table (seed " + seed + ")");
    }
  }

  private static Map<String, AttributeValue> with(Map<String, AttributeValue> key, String name, AttributeValue v) {
    Map<String, AttributeValue> item = new HashMap<>(key);
    item.put(name, v);
    return item;
  }
}
