package io.dynasql.pushdown;

import java.util.Map;

/**
 * The index hints of the statement being planned on this thread: per table, an index to force,
 * or {@link #NO_INDEX} to forbid secondary indexes. The driver reads them from the statement
 * text ({@code /*+ INDEX(table, index) *}{@code /}, {@code /*+ NO_INDEX(table) *}{@code /}) and
 * sets them while the statement is planned.
 */
public final class IndexHints {
  /** The value that forbids every secondary index for a table. */
  public static final String NO_INDEX = "";

  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

  private IndexHints() {}

  /** Sets this thread's hints (table name -> index name or NO_INDEX); returns the previous ones. */
  public static Map<String, String> begin(Map<String, String> hints) {
    Map<String, String> prior = CURRENT.get();
    CURRENT.set(hints);
    return prior;
  }

  /** Restores the hints {@link #begin} returned. */
  public static void end(Map<String, String> prior) {
    if (prior == null) CURRENT.remove();
    else CURRENT.set(prior);
  }

  private static String hint(String table) {
    Map<String, String> h = CURRENT.get();
    if (h == null) return null;
    for (Map.Entry<String, String> e : h.entrySet()) if (e.getKey().equalsIgnoreCase(table)) return e.getValue();
    return null;
  }

  /** The index forced for {@code table}, or null. */
  static String forced(String table) {
    String h = hint(table);
    return h == null || h.equals(NO_INDEX) ? null : h;
  }

  /** Whether secondary indexes are forbidden for {@code table}. */
  static boolean forbidden(String table) {
    return NO_INDEX.equals(hint(table));
  }
}
