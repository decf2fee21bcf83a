package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.names.UnknownColumnException;
import io.dynasql.calcite.names.UnknownTableException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names a statement gets wrong carry the state their kind calls for, decided by the type of the
 * error name resolution raises, not by the text of Calcite's message: an unknown table 42S02, an
 * unknown column 42S22 (in SELECT lists, joins, subqueries, ORDER BY, GROUP BY, UPDATE, DELETE,
 * INSERT ... SELECT), a column two tables have 42702 (PostgreSQL's ambiguous column), a
 * qualifier naming no table in scope 42S02 (PostgreSQL: undefined_table); the same run plainly
 * or prepared, with the data unchanged.
 */
class NameErrorStatesTest {
  private static Connection conn;

  @BeforeAll
  static void tables() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:name-error-states;scan=allow");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE notes (owner VARCHAR, seq BIGINT, body VARCHAR, score INTEGER, PRIMARY KEY (owner, seq))");
      st.execute("CREATE TABLE owners (owner VARCHAR PRIMARY KEY, city VARCHAR, score INTEGER)");
      st.execute("INSERT INTO notes VALUES ('ann', 1, 'hello', 3), ('ann', 2, '42', 0)");
      st.execute("INSERT INTO owners VALUES ('ann', 'Oslo', 7)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT owner FROM nots",
      "SELECT n.owner FROM notes n JOIN ownrs o ON n.owner = o.owner",
      "SELECT owner FROM notes WHERE owner IN (SELECT owner FROM missing)",
      "DELETE FROM missing WHERE owner = 'ann'",
      "UPDATE missing SET body = 'x'",
      "INSERT INTO missing SELECT * FROM notes",
      "INSERT INTO notes SELECT * FROM missing",
      "SELECT * FROM \"NOTES\""})
  void unknownTables(String sql) {
    assertState("42S02", UnknownTableException.class, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT nope FROM notes",
      "SELECT n.nope FROM notes AS n",
      "SELECT notes.nope FROM notes",
      "SELECT n.owner FROM notes n JOIN owners o ON n.owner = o.nope",
      "SELECT n.owner FROM notes n JOIN owners o ON n.owner = o.owner WHERE citty = 'Oslo'",
      "SELECT owner FROM notes WHERE seq IN (SELECT nope FROM owners)",
      "SELECT owner FROM notes n WHERE EXISTS (SELECT 1 FROM owners o WHERE o.owner = n.nope)",
      "SELECT owner FROM notes ORDER BY nope",
      "SELECT owner, COUNT(*) FROM notes GROUP BY owner, nope",
      "SELECT owner FROM notes GROUP BY owner HAVING MAX(nope) > 1",
      "UPDATE notes SET body = 'x' WHERE nope = 1",
      "UPDATE notes SET nope = 'x' WHERE owner = 'ann'",
      "UPDATE notes SET body = nope WHERE owner = 'ann'",
      "DELETE FROM notes WHERE nope = 1",
      "INSERT INTO owners (owner, city) SELECT owner, nope FROM notes",
      "INSERT INTO owners (owner, nope) SELECT owner, body FROM notes",
      "SELECT \"OWNER\" FROM notes"})
  void unknownColumns(String sql) {
    assertState("42S22", UnknownColumnException.class, sql);
  }

  @Test
  void anAliasIsKnownOnlyWhereItIsDefined() {
    // o is the alias of owners only inside the subquery; outside it names no table: a table not
    // found, as PostgreSQL's "missing FROM-clause entry" is undefined_table
    assertState("42S02", null, "SELECT o.city FROM notes n WHERE n.owner IN (SELECT o.owner FROM owners o)");
    // the table's own name is hidden by its alias
    assertState("42S02", null, "SELECT notes.body FROM notes n");
    // a column alias of the SELECT list is not a column of the table in WHERE
    assertState("42S22", null, "SELECT body AS b FROM notes WHERE b = 'x'");
  }

  @Test
  void aColumnOfTwoTablesIsAmbiguous() {
    assertState("42702", null, "SELECT score FROM notes n JOIN owners o ON n.owner = o.owner");
    assertState("42702", null, "UPDATE notes SET body = 'x' WHERE owner IN (SELECT n.owner FROM notes n JOIN owners o ON n.owner = o.owner WHERE score = 1)");
  }

  @Test
  void theMessageNamesTheNameTheTableAndTheClosestName() {
    SQLException e = fails("SELECT scor FROM notes");
    assertEquals("Column scor not found in table notes; did you mean score?", e.getMessage());
    e = fails("SELECT n.owner FROM notes n JOIN owners o ON n.owner = o.owner WHERE citty = 'Oslo'");
    assertEquals("Column citty not found in tables notes, owners; did you mean city?", e.getMessage());
    e = fails("SELECT * FROM note");
    assertTrue(e.getMessage().startsWith("Table note not found in schema ") && e.getMessage().endsWith("; did you mean notes?"), e.getMessage());
    e = fails("SELECT xyz FROM notes");
    assertEquals("Column xyz not found in table notes", e.getMessage());
  }

  @Test
  void namesThatAreNotColumnsAreNotReportedAsUnknown() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT CURRENT_DATE, USER, x.v FROM notes, (VALUES (1)) AS x(v) WHERE owner = 'ann' AND seq = 1")) {
      assertTrue(rs.next());
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("WITH w AS (SELECT owner AS who, score + 1 AS s FROM notes) SELECT who, s FROM w ORDER BY s")) {
      assertTrue(rs.next());
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT owner, SUM(score) OVER w FROM notes WINDOW w AS (PARTITION BY owner)")) {
      assertTrue(rs.next());
    }
  }

  @Test
  void aFailedWriteChangesNothing() throws SQLException {
    fails("UPDATE notes SET body = nope WHERE owner = 'ann'");
    fails("INSERT INTO owners (owner, city) SELECT owner, nope FROM notes");
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(body) FROM notes")) {
      rs.next();
      assertEquals(List.of(2L, "42"), List.of(rs.getLong(1), rs.getString(2)));
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM owners")) {
      rs.next();
      assertEquals(1L, rs.getLong(1));
    }
  }

  /** The state, plain and prepared; when {@code type} is given, the cause is of that type. */
  private static void assertState(String state, Class<? extends Throwable> type, String sql) {
    SQLException plain = fails(sql);
    assertEquals(state, plain.getSQLState(), sql + ": " + plain.getMessage());
    if (type != null) assertInstanceOf(type, plain.getCause(), sql);
    SQLException prepared = assertThrows(SQLException.class, () -> {
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.execute();
      }
    }, sql);
    assertEquals(state, prepared.getSQLState(), "prepared " + sql + ": " + prepared.getMessage());
  }

  private static SQLException fails(String sql) {
    return assertThrows(SQLException.class, () -> {
      try (Statement st = conn.createStatement()) {
        if (st.execute(sql)) {
          try (ResultSet rs = st.getResultSet()) {
            while (rs.next()) rs.getObject(1);
          }
        }
      }
    }, sql);
  }
}
