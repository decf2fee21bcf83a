package io.dynasql.engine.catalog;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads reuse the catalog checked at the same LMDB transaction id; every change commits a new
 * id, so the next read sees it: a created table at once, a deleted one gone at once.
 */
class CatalogSnapshotTest {

  @Test
  void readsSeeEveryCatalogChangeRightAfterItCommits() {
    try (Database db = Database.temporary()) {
      db.createTable(CreateTableRequest.of("First", KeySchema.of("id", AttributeType.S)));
      for (int round = 0; round < 3; round++) { // the same snapshot read again and again
        assertNull(db.getItem(GetItemRequest.of("First", Map.of("id", s("x")))).item());
      }
      db.createTable(CreateTableRequest.of("Second", KeySchema.of("id", AttributeType.S)));
      assertEquals("Second", db.describeTable("Second").tableName());
      assertNull(db.getItem(GetItemRequest.of("Second", Map.of("id", s("x")))).item());
      db.deleteTable("First");
      assertThrows(ResourceNotFoundException.class,
          () -> db.getItem(GetItemRequest.of("First", Map.of("id", s("x")))));
    }
  }
}
