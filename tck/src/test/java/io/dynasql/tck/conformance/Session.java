package io.dynasql.tck.conformance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two connections one script runs on, each to a new in-memory database: dynasql (scans
 * allowed, so that no statement is refused for its access path) and H2, the reference. Opened at
 * the script's first statement.
 */
final class Session implements AutoCloseable {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final String name;
  private Connection dynasql;
  private Connection h2;

  Session(String script) {
    this.name = "conform" + NEXT.incrementAndGet() + "_" + script.replaceAll("[^A-Za-z0-9]", "_");
  }

  Connection dynasql() throws SQLException {
    if (dynasql == null) dynasql = DriverManager.getConnection("jdbc:dynasql:mem:" + name + ";scan=allow");
    return dynasql;
  }

  Connection h2() throws SQLException {
    if (h2 == null) h2 = DriverManager.getConnection("jdbc:h2:mem:" + name);
    return h2;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (dynasql != null) dynasql.close();
    } finally {
      if (h2 != null) h2.close();
    }
  }
}
