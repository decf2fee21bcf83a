package io.dynasql.engine.store;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Cursor;

/**
 * Where LMDB's lock file cannot be written (a read-only mount), a read-only open goes without it
 * (MDB_NOLOCK) and still reads everything. The case is opened directly: a directory made
 * unwritable with chmod stays writable for root, who runs CI, so the permission check itself is
 * one line in {@link LmdbStore#openReadOnly(Path, long)}.
 */
class ReadOnlyNoLockTest {
  @TempDir Path dir;

  @Test
  void readsWithoutCreatingALockFile() throws Exception {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S)));
      for (int i = 0; i < 10; i++) db.putItem(PutItemRequest.of("Items", Map.of("pk", s("k" + i))));
    }
    Files.delete(dir.resolve("lock.mdb"));
    try (LmdbStore store = LmdbStore.openReadOnly(dir, 1 << 20, true)) {
      long entries = store.read(txn -> {
        long n = 0;
        try (Cursor<DirectBuffer> c = store.data().openCursor(txn)) {
          for (boolean more = c.first(); more; more = c.next()) n++;
        }
        return n;
      });
      assertEquals(10, entries, "the ten items (no index, so no other entries)");
    }
    assertFalse(Files.exists(dir.resolve("lock.mdb")), "MDB_NOLOCK creates no lock file");
  }
}
