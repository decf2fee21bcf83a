package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.util.Locale;

/**
 * The options of {@code CREATE SOURCE ... TYPE JDBC OPTIONS (...)}, described in one place (as
 * pgjdbc's {@code PGProperty} does). A password is never an option: only where to find it.
 */
public enum SourceOption {
  URL("url", null, "the source's JDBC URL; its driver must be on the class path"),
  USER("user", null, "the user to connect as"),
  PASSWORD_ENV("password_env", null, "the environment variable holding the password"),
  PASSWORD_FILE("password_file", null, "a file holding the password, readable by its owner only"),
  POOL_SIZE("pool_size", "4", "the most connections the source's pool opens (1 to 64)"),
  SCHEMA("schema", null, "the remote schema that source.table names (default: the connection's current schema)"),
  PRICE_PER_GB("price_per_gb", null, "dollars per GB (10^9 bytes) fetched from the source (default: unpriced)"),
  PRICE_PER_SECOND("price_per_second", null, "dollars per second of the source's time (default: unpriced)");

  private final String key;
  private final String defaultValue;
  private final String description;

  SourceOption(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The name written in OPTIONS (...). */
  public String key() {
    return key;
  }

  /** The value when none is given, or null. */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The option called {@code written} (any case), or a 22023 error listing the known ones. */
  public static SourceOption of(String written) {
    String k = written.toLowerCase(Locale.ROOT);
    for (SourceOption o : values()) {
      if (o.key.equals(k)) return o;
    }
    if (k.equals("password")) {
      throw new SourceException(SourceException.BAD_OPTION, "Option password is not accepted: a password is never stored in"
          + " the catalog. Name an environment variable (password_env) or an owner-only file (password_file)");
    }
    StringBuilder known = new StringBuilder();
    for (SourceOption o : values()) known.append(known.length() == 0 ? "" : ", ").append(o.key);
    throw new SourceException(SourceException.BAD_OPTION, "Unknown source option " + written + " (known: " + known + ")");
  }
}
