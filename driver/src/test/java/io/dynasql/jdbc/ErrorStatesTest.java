package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors found while a statement is validated or run carry the standard SQLState: a missing
 * column is 42S22 (not 42S02, a missing table), arithmetic and conversion failures of generated
 * code are data exceptions, and the planning errors of UPDATE / DELETE have a state too.
 */
class ErrorStatesTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:error-states;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE notes (owner VARCHAR, seq BIGINT, body VARCHAR, score INTEGER, PRIMARY KEY (owner, seq))");
    st.execute("INSERT INTO notes VALUES ('ann', 1, 'hello', 3), ('ann', 2, '42', 0)");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE notes");
    conn.close();
  }

  private void state(String expected, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> {
      if (st.execute(sql)) {
        try (ResultSet rs = st.getResultSet()) {
          while (rs.next()) rs.getObject(1);
        }
      }
    }, sql);
    assertEquals(expected, e.getSQLState(), sql + ": " + e.getMessage());
  }

  @Test
  void missingColumnsAreNotMissingTables() {
    state("42S22", "SELECT nope FROM notes");
    state("42S22", "SELECT n.nope FROM notes AS n");
    state("42S02", "SELECT owner FROM missing_table");
  }

  @Test
  void updateAndDeleteValidationErrorsHaveAState() {
    state("42S22", "DELETE FROM notes WHERE nope = 1");
    state("42S22", "UPDATE notes SET score = nope WHERE owner = 'ann'");
  }

  @Test
  void runtimeErrorsAreDataExceptions() {
    state("22012", "SELECT score / 0 FROM notes WHERE owner = 'ann' AND seq = 1");
    state("22018", "SELECT CAST(body AS INTEGER) FROM notes WHERE owner = 'ann' AND seq = 1");
    state("21000", "SELECT (SELECT seq FROM notes) FROM notes");
  }
}
