package io.dynasql.calcite.dml;

/**
 * An INSERT met a key that exists already, or named one key twice; nothing was written. The
 * message names the table and the key values (SQLState 23505 in the driver). The engine's
 * cancellation, when there was one, is the cause.
 */
public final class DuplicateKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String key;

  DuplicateKeyException(String table, String key, boolean withinStatement, Throwable cause) {
    super(withinStatement
        ? "Duplicate key in table " + table + ": the statement inserts " + key + " more than once"
        : "Duplicate key in table " + table + ": an item with " + key + " already exists", cause);
    this.table = table;
    this.key = key;
  }

  /** The table. */
  public String table() {
    return table;
  }

  /** The key values, as in the message: {@code customer = 'alice', orderId = 7}. */
  public String key() {
    return key;
  }
}
