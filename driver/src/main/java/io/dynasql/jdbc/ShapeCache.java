package io.dynasql.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection's statement shapes ({@link LexedShape#key()}) and what each was found to be
 * ({@link ShapeEntry}), so a BI tool's statement that differs from an earlier one only in its
 * literals skips the parse, name resolution and planning: its literals are bound to the entry.
 *
 * <p>The key holds no connection settings because the cache is the connection's own and what
 * planning reads is fixed when the connection opens (schema, pushdown, consistentRead, scan,
 * lenientReads, hideExpired, budgets and prices: {@link ConnectionSettings}, {@link Schemas}).
 * What can change under it empties it: DDL and source changes by this connection (with the plan
 * cache), and the catalog changed by any connection or process, seen as a new catalog snapshot.
 */
final class ShapeCache {
  /** Shapes kept per connection. */
  static final int CAPACITY = 256;

  private final Map<String, ShapeEntry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ShapeEntry> eldest) {
      return size() > CAPACITY;
    }
  };
  /** The catalog snapshot the entries were made under (compared by identity). */
  private Object catalog;
  private boolean enabled = true;

  /** The entry of {@code key} made under catalog snapshot {@code now}, or null. */
  ShapeEntry find(String key, Object now) {
    if (now != catalog) {
      entries.clear();
      catalog = now;
      return null;
    }
    return entries.get(key);
  }

  /** Keeps {@code entry} for {@code key}, unless the catalog changed since snapshot {@code seen}, which the entry was made under. */
  void put(String key, ShapeEntry entry, Object seen) {
    if (seen != catalog) return;
    entries.put(key, entry);
  }

  void clear() {
    entries.clear();
  }

  boolean enabled() {
    return enabled;
  }

  /** Turns the cache off (every statement takes the normal path) or on: for differential tests. */
  void enabled(boolean on) {
    enabled = on;
    entries.clear();
  }
}
