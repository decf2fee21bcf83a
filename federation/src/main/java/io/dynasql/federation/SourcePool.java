package io.dynasql.federation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dynasql.federation.catalog.Credentials;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The HikariCP pool of one source: at most {@code pool_size} connections, each validated before
 * it is lent (JDBC4 isValid), and one that broke while in use evicted, so the next borrower gets
 * a fresh one ({@link #withConnection}).
 */
public final class SourcePool implements AutoCloseable {
  /** Work done with a pooled connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final String source;
  private final HikariDataSource pool;

  private SourcePool(String source, HikariDataSource pool) {
    this.source = source;
    this.pool = pool;
  }

  /** Opens the pool of {@code definition} and one connection to prove it works (08001 otherwise). */
  public static SourcePool open(SourceDefinition definition, Credentials credentials) {
    String url = definition.option(SourceOption.URL);
    Driver driver;
    try {
      driver = DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new SourceException(SourceException.CANNOT_CONNECT, "Source " + definition.name() + ": no JDBC driver on the"
          + " class path accepts " + url + " (add the database's driver jar next to dynasql's)", e);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("dynasql-source-" + definition.name());
    config.setJdbcUrl(url);
    config.setDriverClassName(driver.getClass().getName());
    config.setUsername(definition.option(SourceOption.USER));
    config.setPassword(credentials.password(definition));
    config.setMaximumPoolSize(definition.poolSize());
    config.setMinimumIdle(0);
    config.setConnectionTimeout(5_000);
    config.setInitializationFailTimeout(-1); // the first connection below reports the failure with our SQLState
    HikariDataSource ds = new HikariDataSource(config);
    SourcePool pool = new SourcePool(definition.name(), ds);
    try (Connection c = ds.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      ds.close();
      throw new SourceException(SourceException.CANNOT_CONNECT, "Source " + definition.name() + ": cannot connect to "
          + url + ": " + e.getMessage(), e);
    }
    return pool;
  }

  /**
   * Runs {@code work} on a pooled connection. When the connection proves broken (SQLState class
   * 08, or it is no longer valid) it is evicted from the pool and the work runs once more on a
   * new one; the second failure is the caller's.
   */
  public <T> T withConnection(Work<T> work) throws SQLException {
    Connection c = pool.getConnection();
    try {
      return work.run(c);
    } catch (SQLException e) {
      if (!broken(c, e)) throw e;
      pool.evictConnection(c);
      c = null;
    } finally {
      if (c != null) c.close();
    }
    try (Connection fresh = pool.getConnection()) {
      return work.run(fresh);
    }
  }

  /** Borrows a connection for work that outlives one call (a result set read lazily); the caller closes it. */
  public Connection borrow() throws SQLException {
    return pool.getConnection();
  }

  /** Removes {@code c} from the pool: it broke while the caller held it. */
  public void evict(Connection c) {
    pool.evictConnection(c);
  }

  /** Whether {@code e}, thrown while using {@code c}, means the connection itself is gone. */
  public static boolean broken(Connection c, SQLException e) {
    String state = e.getSQLState();
    if (state != null && state.startsWith("08")) return true;
    try {
      return !c.isValid(2);
    } catch (SQLException invalid) {
      return true;
    }
  }

  public String source() {
    return source;
  }

  @Override
  public void close() {
    pool.close();
  }
}
