package io.dynasql.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.Properties;

/**
 * Every connection property of the driver, described in one place: name, default, allowed
 * values and what it does. {@code getPropertyInfo} is generated from it, and the table in
 * docs/sql.md ("Connection properties") is checked against it, row by row, by
 * {@code ConnectionPropertyDocsTest}.
 */
public enum ConnectionProperty {
  SCAN("scan", "warn", Form.ONE_OF, new String[] {"allow", "warn", "deny"},
      "What to do with a statement that needs a full SCAN: run it, run it with a SQLWarning naming its cost, or refuse it with SQLState 42000 before reading anything."),
  CONSISTENT_READ("consistentRead", "false", Form.ONE_OF, new String[] {"true", "false"},
      "true: GET, BATCH_GET, QUERY and SCAN read strongly consistently, costing a full read unit per 4 KB instead of half; global indexes (which DynamoDB cannot read consistently) are then not chosen, unless a hint forces one, which is read eventually consistently."),
  READ_UNIT_PRICE("readUnitPrice", "0.125", Form.NUMBER, null,
      "Dollars per million read request units; default: DynamoDB on-demand, us-east-1."),
  WRITE_UNIT_PRICE("writeUnitPrice", "0.625", Form.NUMBER, null,
      "Dollars per million write request units; default: DynamoDB on-demand, us-east-1."),
  STREAM_READ_UNIT_PRICE("streamReadUnitPrice", "0.2", Form.NUMBER, null,
      "Dollars per million DynamoDB Streams read request units (one per GetRecords call), which price the access=STREAM line of dynasql_stream; default: DynamoDB Streams in us-east-1, $0.02 per 100,000 (the first 2.5 million a month are free, as are reads by AWS Lambda triggers)."),
  HIDE_EXPIRED("hideExpired", "false", Form.ONE_OF, new String[] {"true", "false"},
      "true: SQL reads leave out items whose TTL has passed (by the engine's clock, five-year rule included) but that the sweeper has not deleted yet, as a DynamoDB filter expression would; they are still counted and priced as read. false: they read like any item, as on DynamoDB."),
  LENIENT_READS("lenientReads", "false", Form.ONE_OF, new String[] {"true", "false"},
      "true: a stored value its column's type cannot show (N 3.7 or S 'abc' under BIGINT) reads as the value converted (3, NULL) with a SQLWarning 01000 naming table, key and column; false: such a read fails with SQLState 22018 naming them."),
  SAMPLE_SIZE("sampleSize", "100", Form.WHOLE_NUMBER, null,
      "How many items to read, once per table, to discover the columns of a table that DDL did not declare (one made through the engine API)."),
  PUSHDOWN("pushdown", "true", Form.ONE_OF, new String[] {"true", "false"},
      "Push key conditions, filters, projections, order and limits into the store, and filters, projections, order, limits, aggregates and joins into sources; false reads every table with a plain SCAN and every source table with a plain SELECT of its columns, evaluating the rest in dynasql (for checking that both give the same answers)."),
  READ_ONLY("readOnly", "false", Form.ONE_OF, new String[] {"true", "false"},
      "Open the database read-only (LMDB MDB_RDONLY): for copies and read-only mounts; nothing is written to the directory, and DDL and DML fail with SQLState 25006."),
  MAX_ROWS_FETCHED("maxRowsFetched", "0", Form.WHOLE_NUMBER, null,
      "The most rows (items, for dynasql tables) one statement may fetch from all its accesses, sources included; 0: no limit. A plan estimated to fetch more is refused before reading, and a statement that fetches more is stopped, both with SQLState 54000 naming the access, the estimate or count, and the budget."),
  MAX_BYTES_FETCHED("maxBytesFetched", "0", Form.NUMBER, null,
      "The most bytes one statement may fetch from all its accesses; 0: no limit. Refused at planning or stopped while reading as maxRowsFetched is."),
  MAX_COST_USD("maxCostUsd", "0", Form.NUMBER, null,
      "The most dollars one statement's accesses may be estimated to cost (DynamoDB read units at readUnitPrice; a source's estimated bytes at its price_per_gb, as time is not known before it runs); 0: no limit. Checked at planning, SQLState 54000.");

  /** The form of a property's values. */
  public enum Form {
    /** One of {@link #choices()}, ignoring case. */
    ONE_OF,
    /** A number of at least 0, such as 0.125. */
    NUMBER,
    /** A whole number of at least 0, such as 100. */
    WHOLE_NUMBER
  }

  private final String key;
  private final String defaultValue;
  private final Form form;
  private final String[] choices;
  private final String description;

  ConnectionProperty(String key, String defaultValue, Form form, String[] choices, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.form = form;
    this.choices = choices;
    this.description = description;
  }

  public String key() { return key; }

  public String defaultValue() { return defaultValue; }

  public String description() { return description; }

  /** The form of the property's values. */
  public Form form() { return form; }

  /** The allowed values, or null when any value of the property's {@link #form()} is allowed. */
  public String[] choices() { return choices == null ? null : choices.clone(); }

  /** The allowed values in words, as the docs show them: "allow, warn, deny" or "a number of at least 0". */
  public String allowed() {
    return switch (form) {
      case ONE_OF -> String.join(", ", choices);
      case NUMBER -> "a number of at least 0";
      case WHOLE_NUMBER -> "a whole number of at least 0";
    };
  }

  /** The property's value in {@code props}, validated, or its default. */
  public String get(Properties props) throws InvalidPropertyException {
    String v = props.getProperty(key, defaultValue).trim();
    if (form == Form.ONE_OF) {
      for (String c : choices) if (c.equalsIgnoreCase(v)) return c;
    } else if (form == Form.NUMBER ? isNumber(v) : v.matches("[0-9]{1,9}")) {
      return v;
    }
    throw new InvalidPropertyException("Invalid value '" + v + "' for connection property " + key + "; allowed: " + allowed());
  }

  private static boolean isNumber(String v) {
    try {
      double d = Double.parseDouble(v);
      return d >= 0 && Double.isFinite(d);
    } catch (NumberFormatException e) {
      return false;
    }
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
