package io.dynasql.engine.stream;

import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.store.LmdbStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the change log in a database directory directly, to check what is physically there. The
 * directory's database must be closed: LMDB allows one open of an environment per process.
 */
final class LogPeek {
  private LogPeek() {}

  static List<ChangeRecord> records(Path directory, int keyspace) {
    try (LmdbStore store = LmdbStore.openReadOnly(directory, 64L << 20)) {
      return store.read(txn -> {
        List<ChangeRecord> out = new ArrayList<>();
        try (LogCursor c = new LogCursor(store, txn, keyspace, 0)) {
          while (c.next()) out.add(c.record());
        }
        return out;
      });
    }
  }
}
