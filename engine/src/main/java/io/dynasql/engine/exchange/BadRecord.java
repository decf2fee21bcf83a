package io.dynasql.engine.exchange;

/**
 * One line or record of an import source that cannot become an item (malformed, a missing or
 * mistyped key attribute, too large). DynamoDB counts it, logs it and goes on; it never fails
 * the import, so this never leaves the exchange package.
 */
final class BadRecord extends RuntimeException {
  BadRecord(String message) {
    super(message, null, false, false);
  }
}
