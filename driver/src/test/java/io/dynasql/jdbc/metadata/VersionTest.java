package io.dynasql.jdbc.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.jdbc.DynasqlDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Versions come from the build: DatabaseMetaData's, the Driver's and SQL's {@code version()}
 * (PostgreSQL's name for it: https://www.postgresql.org/docs/current/functions-info.html) all
 * say the version in the project's pom.xml.
 */
class VersionTest {
  /** The project's version as pom.xml states it (surefire runs in the driver module's directory). */
  private static String pomVersion() throws Exception {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher m = Pattern.compile("<artifactId>dynasql-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "no version in ../pom.xml");
    return m.group(1);
  }

  @Test
  void metaDataAndDriverSayTheBuildsVersion() throws Exception {
    String v = pomVersion();
    String[] parts = v.split("[.-]");
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:version")) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals(v, md.getDatabaseProductVersion());
      assertEquals(v, md.getDriverVersion());
      assertEquals(Integer.parseInt(parts[0]), md.getDriverMajorVersion());
      assertEquals(Integer.parseInt(parts[1]), md.getDriverMinorVersion());
      assertEquals(Integer.parseInt(parts[0]), md.getDatabaseMajorVersion());
      assertEquals(Integer.parseInt(parts[1]), md.getDatabaseMinorVersion());
      assertEquals(md.getDriverMajorVersion(), new DynasqlDriver().getMajorVersion());
      assertEquals(md.getDriverMinorVersion(), new DynasqlDriver().getMinorVersion());
    }
  }

  @Test
  void versionFunctionAnswersInSql() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:version-sql"); Statement st = c.createStatement()) {
      assertEquals("dynasql " + pomVersion(), one(st, "SELECT version()"));
      assertEquals("dynasql " + pomVersion(), one(st, "SELECT VERSION()"));
      assertEquals("dynasql " + pomVersion(), one(st, "select version() as v"));
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> one(st, "SELECT version('x')"));
      assertTrue(e.getMessage().contains("version() takes no arguments"), e.getMessage());
      assertTrue(e.getSQLState() != null && !e.getSQLState().startsWith("08"), "not a connection failure: " + e.getSQLState());
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
