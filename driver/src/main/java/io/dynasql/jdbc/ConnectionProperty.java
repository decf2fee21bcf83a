package io.dynasql.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.Properties;

/**
 * Every connection property of the driver, described in one place: name, default, allowed
 * values and what it does. {@code getPropertyInfo} and the docs are generated from it.
 */
public enum ConnectionProperty {
  SCAN("scan", "warn", new String[] {"allow", "warn", "deny"},
      "What to do with a statement that needs a full SCAN: run it, run it with a SQLWarning naming its cost, or refuse it before reading anything."),
  CONSISTENT_READ("consistentRead", "false", new String[] {"true", "false"},
      "Strongly consistent reads (1 read unit per 4 KB) instead of eventually consistent ones (half)."),
  READ_UNIT_PRICE("readUnitPrice", "0.125", null,
      "Dollars per million read request units; default: DynamoDB on-demand, us-east-1."),
  WRITE_UNIT_PRICE("writeUnitPrice", "0.625", null,
      "Dollars per million write request units; default: DynamoDB on-demand, us-east-1."),
  LENIENT_READS("lenientReads", "false", new String[] {"true", "false"},
      "A stored value its column's type cannot show (N 3.7 under BIGINT, S 'abc' under BIGINT) reads as the value converted (3, NULL) with a SQLWarning naming table, key and column, instead of failing with SQLState 22018."),
  SAMPLE_SIZE("sampleSize", "100", null,
      "How many items to sample per table when discovering columns that DDL did not declare."),
  PUSHDOWN("pushdown", "true", new String[] {"true", "false"},
      "Push key conditions, filters, projections, order and limits into the store; false reads every table with a plain SCAN (for checking that both give the same answers)."),
  READ_ONLY("readOnly", "false", new String[] {"true", "false"},
      "Open the database read-only (LMDB MDB_RDONLY): for copies and read-only mounts; nothing is written to the directory, and DDL and DML fail with SQLState 25006.");

  private final String key;
  private final String defaultValue;
  private final String[] choices;
  private final String description;

  ConnectionProperty(String key, String defaultValue, String[] choices, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.choices = choices;
    this.description = description;
  }

  public String key() { return key; }

  public String defaultValue() { return defaultValue; }

  public String description() { return description; }

  /** The allowed values, or null when any value of the right form is allowed. */
  public String[] choices() { return choices == null ? null : choices.clone(); }

  /** The property's value in {@code props}, validated, or its default. */
  public String get(Properties props) throws InvalidPropertyException {
    String v = props.getProperty(key, defaultValue).trim();
    if (choices != null) {
      for (String c : choices) if (c.equalsIgnoreCase(v)) return c;
      throw new InvalidPropertyException("Invalid value '" + v + "' for connection property " + key
          + "; allowed: " + String.join(", ", choices));
    }
    if (this == READ_UNIT_PRICE || this == WRITE_UNIT_PRICE || this == SAMPLE_SIZE) {
      try {
        if (Double.parseDouble(v) < 0) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        throw new InvalidPropertyException("Invalid value '" + v + "' for connection property " + key + "; expected a non-negative number");
      }
    }
    return v;
  }

  /** The JDBC description of this property given the caller's values. */
  public DriverPropertyInfo info(Properties props) {
    DriverPropertyInfo i = new DriverPropertyInfo(key, props.getProperty(key, defaultValue));
    i.description = description;
    i.choices = choices();
    i.required = false;
    return i;
  }

  /** The property called {@code key}, or null. */
  public static ConnectionProperty byKey(String key) {
    for (ConnectionProperty p : values()) if (p.key.equalsIgnoreCase(key)) return p;
    return null;
  }
}
