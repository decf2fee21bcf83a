package io.dynasql.jdbc;

import io.dynasql.engine.Database;
import java.util.HashMap;
import java.util.Map;

/**
 * Open databases shared by the connections of this JVM: one {@link Database} per directory or
 * memory name, closed when its last connection closes (a memory database is then deleted).
 */
final class Databases {
  private record Entry(Database db, int refs) {}

  private static final Map<String, Entry> OPEN = new HashMap<>();

  private Databases() {}

  static synchronized Database acquire(JdbcUrl url) {
    String key = key(url);
    Entry e = OPEN.get(key);
    if (e == null) {
      Database db = url.directory() == null ? Database.temporary() : Database.open(url.directory());
      e = new Entry(db, 0);
    }
    OPEN.put(key, new Entry(e.db(), e.refs() + 1));
    return e.db();
  }

  static synchronized void release(JdbcUrl url) {
    String key = key(url);
    Entry e = OPEN.get(key);
    if (e == null) return;
    if (e.refs() <= 1) {
      OPEN.remove(key);
      e.db().close();
    } else {
      OPEN.put(key, new Entry(e.db(), e.refs() - 1));
    }
  }

  private static String key(JdbcUrl url) {
    return url.directory() == null ? "mem:" + url.memoryName() : "dir:" + url.directory();
  }
}
