package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.util.Locale;

/**
 * The options of {@code CREATE SOURCE ... TYPE JDBC | DYNAMODB OPTIONS (...)}, described in one place (as
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
  PRICE_PER_SECOND("price_per_second", null, "dollars per second of the source's time (default: unpriced)"),
  ENDPOINT(SourceType.DYNAMODB, "endpoint", null, "DYNAMODB: the endpoint's URL (default: the region's AWS endpoint)"),
  REGION(SourceType.DYNAMODB, "region", null, "DYNAMODB: the AWS region (required)"),
  PROFILE(SourceType.DYNAMODB, "profile", null, "DYNAMODB: a named profile of the AWS credentials file (default: the SDK's provider chain)"),
  ACCESS_KEY_ENV(SourceType.DYNAMODB, "access_key_env", null, "DYNAMODB: the environment variable holding the access key id"),
  SECRET_KEY_ENV(SourceType.DYNAMODB, "secret_key_env", null, "DYNAMODB: the environment variable holding the secret access key"),
  SCAN_SEGMENTS(SourceType.DYNAMODB, "scan_segments", null,
      "DYNAMODB: the segments a full Scan is read in at once, 1 to 16 (default: one per 32 MB of the table, at most 16)");

  private final SourceType type;
  private final String key;
  private final String defaultValue;
  private final String description;

  /** An option of JDBC sources. */
  SourceOption(String key, String defaultValue, String description) {
    this(SourceType.JDBC, key, defaultValue, description);
  }

  SourceOption(SourceType type, String key, String defaultValue, String description) {
    this.type = type;
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

  /** Whether a source of {@code type} takes this option. */
  public boolean appliesTo(SourceType type) {
    return this.type == type; // DynamoDB sources are priced by their request units, not per GB or second
  }

  /** The option called {@code written} (any case), or a 22023 error listing the known ones. */
  public static SourceOption of(String written) {
    String k = written.toLowerCase(Locale.ROOT);
    for (SourceOption o : values()) {
      if (o.key.equals(k)) return o;
    }
    if (k.equals("password") || k.equals("secret") || k.equals("secret_key") || k.equals("access_key")) {
      throw new SourceException(SourceException.BAD_OPTION, "Option " + k + " is not accepted: a secret is never stored in"
          + " the catalog. Name an environment variable (password_env; access_key_env and secret_key_env for DYNAMODB),"
          + " an owner-only file (password_file) or an AWS profile (profile)");
    }
    StringBuilder known = new StringBuilder();
    for (SourceOption o : values()) known.append(known.length() == 0 ? "" : ", ").append(o.key);
    throw new SourceException(SourceException.BAD_OPTION, "Unknown source option " + written + " (known: " + known + ")");
  }
}
