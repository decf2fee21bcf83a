package io.dynasql.engine;

/**
 * How a database is opened.
 *
 * @param initialMapSize LMDB map size to start with; it doubles on demand, so this only avoids
 *     early resizes (it reserves address space, not disk)
 * @param sync flush every commit to disk; false trades durability on power loss for speed
 *     (a process crash still loses nothing committed)
 */
public record DatabaseOptions(long initialMapSize, boolean sync) {
  /** Durable, with a 1 GiB initial map. */
  public static final DatabaseOptions DEFAULT = new DatabaseOptions(1L << 30, true);

  public DatabaseOptions withInitialMapSize(long bytes) {
    return new DatabaseOptions(bytes, sync);
  }

  public DatabaseOptions withSync(boolean s) {
    return new DatabaseOptions(initialMapSize, s);
  }
}
