package io.dynasql.jdbc;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
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
      Database db = url.directory() == null ? Database.temporary() : Database.open(url.directory(), options(url));
      e = new Entry(db, 0);
    }
    OPEN.put(key, new Entry(e.db(), e.refs() + 1));
    return e.db();
  }

  /**
   * {@code readOnly=true} opens the directory read-only. The first connection decides for the
   * JVM: LMDB must not open one environment twice in a process, so a later writable connection
   * shares the read-only database and its writes fail with 25006.
   */
  private static DatabaseOptions options(JdbcUrl url) {
    try {
      return DatabaseOptions.DEFAULT.withReadOnly("true".equals(ConnectionProperty.READ_ONLY.get(url.properties())));
    } catch (InvalidPropertyException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Makes {@code db} the memory database {@code memoryName} that connections to
   * {@code jdbc:dynasql:mem:memoryName} share: a test's database on a simulated clock (its time
   * rules, and the rates EXPLAIN weighs views with, then follow the test's clock). The caller
   * keeps it open and closes it after {@link #unshare}; connections never close it.
   */
  static synchronized void share(String memoryName, Database db) {
    if (OPEN.containsKey("mem:" + memoryName)) {
      throw new IllegalStateException("memory database " + memoryName + " is already open");
    }
    OPEN.put("mem:" + memoryName, new Entry(db, 1)); // the caller's reference: connections never drop the last
  }

  /** Forgets a database {@link #share}d under {@code memoryName}, leaving it open for its owner to close. */
  static synchronized void unshare(String memoryName) {
    OPEN.remove("mem:" + memoryName);
  }

  static synchronized void release(JdbcUrl url) {
    String key = key(url);
    Entry e = OPEN.get(key);
    if (e == null) return;
    if (e.refs() <= 1) {
      OPEN.remove(key);
      io.dynasql.federation.Sources.close(e.db()); // the sources' pools go with the database
      e.db().close();
    } else {
      OPEN.put(key, new Entry(e.db(), e.refs() - 1));
    }
  }

  private static String key(JdbcUrl url) {
    return url.directory() == null ? "mem:" + url.memoryName() : "dir:" + url.directory();
  }
}
