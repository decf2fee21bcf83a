package io.dynasql.jdbc;

/**
 * A statement needs a full SCAN and the connection says {@code scan=deny}: raised while planning,
 * before anything is read, and mapped to SQLState 42000.
 */
final class ScanDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScanDeniedException(String message) {
    super(message);
  }
}
