package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.engine.Database;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import io.dynasql.calcite.exec.SqlSession;

/**
 * The dynasql JDBC driver: {@code jdbc:dynasql:<directory>} or {@code jdbc:dynasql:mem:<name>}.
 * Registered through META-INF/services, so {@code DriverManager.getConnection} works with only
 * the jar on the class path.
 */
public final class DynasqlDriver implements Driver {
  /** The schema that holds the tables; it is the connection's default schema. */
  public static final String SCHEMA = "dynasql";

  static {
    try {
      DriverManager.registerDriver(new DynasqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public boolean acceptsURL(String url) {
    return JdbcUrl.accepts(url);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) return null;
    JdbcUrl parsed = JdbcUrl.parse(url, info);
    Database db;
    try {
      db = Databases.acquire(parsed);
    } catch (RuntimeException e) {
      SQLException s = SqlStates.of(e);
      throw new SQLException("Cannot open " + url + ": " + s.getMessage(), SqlState.CONNECTION_FAILED.code(), e);
    }
    try {
      SqlSession session = new SqlSession(SCHEMA);
      // Nothing is cached: tables made by other connections or processes must appear, and
      // dynasql's own name matching (exact first, then the only case-insensitive match) decides.
      session.putSchema(SCHEMA, Schemas.dynasql(db, parsed.properties()));
      session.putSchema("sys", new io.dynasql.calcite.sys.SysSchema(db));
      session.putSchema(io.dynasql.calcite.sys.InformationSchema.NAME, new io.dynasql.calcite.sys.InformationSchema(db, SCHEMA));
      return new JdbcConnection(parsed, db, session);
    } catch (RuntimeException e) {
      Databases.release(parsed);
      throw SqlStates.of(e);
    }
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    Properties p = info == null ? new Properties() : info;
    ConnectionProperty[] all = ConnectionProperty.values();
    DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
    for (int i = 0; i < all.length; i++) out[i] = all[i].info(p);
    return out;
  }

  @Override public int getMajorVersion() { return io.dynasql.calcite.Version.CURRENT.major(); }

  @Override public int getMinorVersion() { return io.dynasql.calcite.Version.CURRENT.minor(); }

  @Override public boolean jdbcCompliant() { return false; }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger("io.dynasql");
  }
}
