package io.dynasql.engine;

/**
 * How a database is opened.
 *
 * @param initialMapSize LMDB map size to start with; it doubles on demand, so this only avoids
 *     early resizes (it reserves address space, not disk)
 * @param sync flush every commit to disk; false trades durability on power loss for speed
 *     (a process crash still loses nothing committed)
 * @param readOnly open without writing anything (LMDB's MDB_RDONLY): for copies and read-only
 *     mounts; every write is refused, the map never grows, no format marker is written
 */
public record DatabaseOptions(long initialMapSize, boolean sync, boolean readOnly) {
  /** Durable, with a 1 GiB initial map. */
  public static final DatabaseOptions DEFAULT = new DatabaseOptions(1L << 30, true, false);

  public DatabaseOptions(long initialMapSize, boolean sync) {
    this(initialMapSize, sync, false);
  }

  public DatabaseOptions withInitialMapSize(long bytes) {
    return new DatabaseOptions(bytes, sync, readOnly);
  }

  public DatabaseOptions withSync(boolean s) {
    return new DatabaseOptions(initialMapSize, s, readOnly);
  }

  public DatabaseOptions withReadOnly(boolean r) {
    return new DatabaseOptions(initialMapSize, sync, r);
  }
}
