package io.dynasql.federation;

import java.util.Locale;

/**
 * What dynasql must know of a source's SQL to send it work: how names are quoted, how a row
 * limit is written, whether NULLS FIRST/LAST may be written, how a literal is cast to a column's
 * type, and whether text compares as ours does (binary, case-sensitive).
 */
public enum Dialect {
  /** Equality is exact (deterministic collations); ranges and ORDER BY on text follow its locale, so stay local. */
  POSTGRESQL(true, true),
  H2(true, true),
  SQLITE(true, true),
  /** MariaDB and MySQL: their default collations ignore case, so text comparisons stay local. */
  MARIADB(false, false),
  /** Any other database: standard SQL only (FETCH FIRST), and no text comparison pushed. */
  GENERIC(false, true);

  private final boolean binaryText;
  private final boolean nullsOrdering;

  Dialect(boolean binaryText, boolean nullsOrdering) {
    this.binaryText = binaryText;
    this.nullsOrdering = nullsOrdering;
  }

  /** The dialect of a source by its database product name (DatabaseMetaData.getDatabaseProductName). */
  public static Dialect of(String productName) {
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) return POSTGRESQL;
    if (p.equals("h2")) return H2;
    if (p.contains("sqlite")) return SQLITE;
    if (p.contains("mariadb") || p.contains("mysql")) return MARIADB;
    return GENERIC;
  }

  /** {@code name} quoted as the source quotes identifiers. */
  public String quote(String name) {
    if (this == MARIADB) return "`" + name.replace("`", "``") + "`";
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** Whether equality on text gives the answer Java's String.equals gives (a binary, case-sensitive collation). */
  public boolean comparesTextAsWeDo() {
    return binaryText;
  }

  /** Whether ranges and ORDER BY on text give the order of Java's String.compareTo (H2 and SQLite: binary by default). */
  public boolean ordersTextAsWeDo() {
    return this == H2 || this == SQLITE;
  }

  /** Whether ORDER BY may say NULLS FIRST / NULLS LAST. */
  public boolean nullsOrdering() {
    return nullsOrdering;
  }

  /**
   * The most {@code ?} parameters one statement may carry, which bounds a batch of keys sent as
   * {@code IN (?, ...)}: SQLite's default SQLITE_MAX_VARIABLE_NUMBER before 3.32 is 999
   * (https://www.sqlite.org/limits.html); the others allow far more, and 1,000 keys a batch keeps
   * statements small enough for any source's plan cache.
   */
  public int maxParameters() {
    return this == SQLITE ? 999 : 1000;
  }

  /**
   * How keys of several columns are written: PostgreSQL, H2 and MariaDB/MySQL take a list of row
   * values, {@code (a, b) IN ((?, ?), (?, ?))}; SQLite takes row values since 3.15 but only a
   * subquery on the right (https://www.sqlite.org/rowvalue.html), so {@code IN (VALUES (?, ?), ...)};
   * any other database gets {@code ((a = ? AND b = ?) OR ...)}, which every SQL database reads.
   */
  public RowValues rowValues() {
    return switch (this) {
      case SQLITE -> RowValues.VALUES;
      case GENERIC -> RowValues.NONE;
      default -> RowValues.LIST;
    };
  }

  /** The form a source takes a set of multi-column keys in ({@link #rowValues}). */
  public enum RowValues {
    /** {@code (a, b) IN ((?, ?), ...)}. */
    LIST,
    /** {@code (a, b) IN (VALUES (?, ?), ...)}. */
    VALUES,
    /** {@code ((a = ? AND b = ?) OR ...)}. */
    NONE
  }

  /** The clause that keeps the first {@code n} rows, written after ORDER BY. */
  public String limit(String n) {
    return this == GENERIC ? " FETCH FIRST " + n + " ROWS ONLY" : " LIMIT " + n;
  }
}
