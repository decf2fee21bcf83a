package io.dynasql.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** One embedded PostgreSQL server per test JVM, started on first use and stopped when the JVM exits. */
final class SharedPostgres {
  private static EmbeddedPostgres server;

  private SharedPostgres() {}

  static synchronized EmbeddedPostgres get() throws IOException {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's directory is temporary
        }
      }));
    }
    return server;
  }
}
