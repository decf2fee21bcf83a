package io.dynasql.calcite.exec;

/**
 * A statement needs a full SCAN and the connection says {@code scan=deny}: raised while planning,
 * before anything is read, and mapped to SQLState 42000.
 */
public final class ScanDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScanDeniedException(String message) {
    super(message);
  }
}
