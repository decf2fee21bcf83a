package io.dynasql.calcite.exec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's prepared queries by SQL text, least recently used dropped first: planning takes
 * milliseconds and a key lookup microseconds, so a statement run many times (a prepared UPDATE's
 * read, a BI tool's query with its literals lifted) must not be planned each time. A prepared
 * query is immutable and runs on a context of its own, so one entry serves every execution.
 */
final class PlanCache {
  /** Texts kept per session. */
  static final int CAPACITY = 256;

  private final Map<String, PreparedQuery> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The plan under {@code key}, prepared by {@code prepare} and kept the first time (a failure keeps nothing). */
  PreparedQuery get(String key, java.util.function.Supplier<PreparedQuery> prepare) {
    PreparedQuery q = plans.get(key);
    if (q == null) {
      q = prepare.get();
      plans.put(key, q);
    }
    return q;
  }

  /** The plan under {@code key}, or null when there is none (nothing is prepared). */
  PreparedQuery find(String key) {
    return plans.get(key);
  }

  void remove(String key) {
    plans.remove(key);
  }

  void clear() {
    plans.clear();
  }
}
