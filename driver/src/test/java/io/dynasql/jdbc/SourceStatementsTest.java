package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CREATE / ALTER / DROP SOURCE from JDBC: refused statements name what was wrong with a SQLState
 * and change nothing; a source is kept in the database directory (no password in it) so a
 * reopened database and other connections see it. The source here is a SQLite file.
 */
class SourceStatementsTest {
  @TempDir Path dir;

  private String sqlite() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("shop.db");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT, price REAL)");
      s.execute("DELETE FROM items");
      s.execute("INSERT INTO items VALUES (1, 'pen', 1.5), (2, 'ink', 7.25), (3, 'pad', 3.0)");
    }
    return url;
  }

  @Test
  void aSourceOutlivesItsConnectionAndTheCatalogHasNoPassword() throws Exception {
    String url = sqlite();
    String db = "jdbc:dynasql:" + dir.resolve("db");
    Path secret = dir.resolve("shop.password");
    Files.writeString(secret, "s3cret\n");
    Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
      String create = "CREATE SOURCE shop TYPE JDBC OPTIONS (url '" + url + "', password_file '" + secret + "')";
      assertState("28000", s, create); // others may read it: refused
      Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      s.execute(create);
    }
    String catalog = Files.readString(dir.resolve("db").resolve("sources.properties"));
    assertTrue(catalog.contains("shop.password_file="), catalog);
    assertFalse(catalog.contains("s3cret"), catalog);
    try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM shop.items WHERE price > 2 ORDER BY price")) {
      assertTrue(rs.next());
      assertEquals("pad", rs.getString(1));
      assertTrue(rs.next());
      assertEquals("ink", rs.getString(1));
      assertFalse(rs.next());
    }
  }

  @Test
  void anotherConnectionSeesANewSourceAtItsNextStatement() throws Exception {
    String url = sqlite();
    try (Connection a = DriverManager.getConnection("jdbc:dynasql:mem:srcshare");
        Connection b = DriverManager.getConnection("jdbc:dynasql:mem:srcshare")) {
      try (Statement s = a.createStatement()) {
        s.execute("CREATE SOURCE shop TYPE JDBC OPTIONS (url '" + url + "')");
      }
      try (Statement s = b.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM shop.items WHERE id <= 2")) {
        assertTrue(rs.next());
        assertEquals(2, rs.getInt(1));
      }
    }
  }

  @Test
  void badStatementsAreRefusedWithStatesAndChangeNothing() throws Exception {
    String url = sqlite();
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:srcbad"); Statement s = c.createStatement()) {
      assertState("22023", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "', colour 'red')");
      assertState("22023", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "', password 'secret')");
      assertState("22023", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "', pool_size '0')");
      assertState("22023", s, "CREATE SOURCE x TYPE JDBC OPTIONS (user 'me')");
      assertState("42601", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url)");
      assertState("42601", s, "CREATE SOURCE x OPTIONS (url 'jdbc:x')");
      assertState("08001", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url 'jdbc:nosuchdb://localhost/x')");
      assertState("08001", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url 'jdbc:postgresql://127.0.0.1:1/none')");
      assertState("28000", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "', password_env 'DYNASQL_NO_SUCH_VARIABLE')");
      assertState("42939", s, "CREATE SOURCE sys TYPE JDBC OPTIONS (url '" + url + "')");
      assertState("42704", s, "DROP SOURCE x");
      assertState("42704", s, "ALTER SOURCE x SET OPTIONS (pool_size '2')");
      s.execute("DROP SOURCE IF EXISTS x");
      s.execute("CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "')");
      assertState("42710", s, "CREATE SOURCE x TYPE JDBC OPTIONS (url '" + url + "')");
      s.execute("CREATE SOURCE IF NOT EXISTS x TYPE JDBC OPTIONS (url 'jdbc:nosuchdb:ignored')");
      assertState("22023", s, "ALTER SOURCE x SET OPTIONS (pool_size 'many')");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM x.items")) { // the refused ALTER left it working
        assertTrue(rs.next());
        assertEquals(3, rs.getInt(1));
      }
    }
  }

  private static void assertState(String state, Statement s, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
    assertEquals(state, e.getSQLState(), e.getMessage());
  }
}
