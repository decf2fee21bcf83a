package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors of evaluation (division by zero, a bad cast, a string in arithmetic) leave the driver as
 * SQLExceptions with their data-exception state on every path: a point read, a planned query,
 * INSERT VALUES, UPDATE SET, prepared or not, in a batch; a retry fails the same way (Calcite
 * evaluates constants in a static initialiser, which fails only once per generated class), and
 * the table is as it was.
 */
class RuntimeErrorsTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:runtime-errors;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE nums (pk VARCHAR PRIMARY KEY, n BIGINT, s VARCHAR)");
    st.execute("INSERT INTO nums VALUES ('a', 1, 'x')");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE nums");
    conn.close();
  }

  private static final String[][] CASES = {
    {"22012", "SELECT 1/0 FROM nums WHERE pk = 'a'"},
    {"22018", "SELECT CAST('x' AS INTEGER) FROM nums WHERE pk = 'a'"},
    {"22018", "SELECT n + 'x' FROM nums WHERE pk = 'a'"},
    {"22012", "SELECT n / 0 FROM nums"},
    {"22012", "INSERT INTO nums VALUES ('b', 1/0, 'y')"},
    {"22018", "INSERT INTO nums VALUES ('b', CAST('x' AS INTEGER), 'y')"},
    {"22012", "UPDATE nums SET n = 1/0 WHERE pk = 'a'"},
    {"22018", "UPDATE nums SET n = n + 'x' WHERE pk = 'a'"},
  };

  @Test
  void everyExecuteMethodFailsWithTheStateTwice() throws SQLException {
    for (String[] c : CASES) {
      boolean query = c[1].startsWith("SELECT");
      for (int attempt = 0; attempt < 2; attempt++) {
        state(c[0], c[1], () -> drain(st.execute(c[1]) ? st.getResultSet() : null));
        if (query) state(c[0], c[1], () -> drain(st.executeQuery(c[1])));
        else state(c[0], c[1], () -> st.executeUpdate(c[1]));
      }
      assertEquals(List.of("a|1|x"), rows(), c[1]);
    }
  }

  @Test
  void preparedStatementsFailTheSameWayOnEveryExecution() throws SQLException {
    for (String[] c : CASES) {
      try (PreparedStatement ps = conn.prepareStatement(c[1])) {
        for (int attempt = 0; attempt < 3; attempt++) {
          state(c[0], c[1] + " (prepared, run " + attempt + ")", () -> drain(ps.execute() ? ps.getResultSet() : null));
        }
      } catch (SQLException prepareTime) { // refusing at prepare is as good, if the state is right
        assertEquals(c[0], prepareTime.getSQLState(), c[1] + ": " + prepareTime.getMessage());
      }
      assertEquals(List.of("a|1|x"), rows(), c[1]);
    }
  }

  @Test
  void preparedParametersReachTheSameErrors() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE nums SET n = n / ? WHERE pk = ?")) {
      ps.setLong(1, 0);
      ps.setString(2, "a");
      for (int attempt = 0; attempt < 2; attempt++) state("22012", "n / 0 (parameter)", ps::executeUpdate);
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT n / ? FROM nums WHERE pk = ?")) {
      ps.setLong(1, 0);
      ps.setString(2, "a");
      for (int attempt = 0; attempt < 2; attempt++) state("22012", "SELECT n / 0 (parameter)", () -> drain(ps.executeQuery()));
    }
    assertEquals(List.of("a|1|x"), rows());
  }

  @Test
  void batchesReportTheStateAndWhatRan() throws SQLException {
    st.addBatch("INSERT INTO nums VALUES ('b', 2, 'y')");
    st.addBatch("INSERT INTO nums VALUES ('c', 1/0, 'z')");
    BatchUpdateException e = assertThrows(BatchUpdateException.class, st::executeBatch);
    assertEquals("22012", e.getSQLState(), e.getMessage());
    assertEquals(1, e.getUpdateCounts().length);
    try (PreparedStatement ps = conn.prepareStatement("UPDATE nums SET n = CAST(? AS INTEGER) WHERE pk = 'a'")) {
      ps.setString(1, "x");
      ps.addBatch();
      BatchUpdateException p = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("22018", p.getSQLState(), p.getMessage());
    }
    assertEquals(List.of("a|1|x", "b|2|y"), rows());
  }

  private interface Call {
    Object run() throws SQLException;
  }

  private static void state(String expected, String what, Call call) {
    SQLException e = assertThrows(SQLException.class, call::run, what);
    assertEquals(expected, e.getSQLState(), what + ": " + e);
    assertInstanceOf(java.sql.SQLDataException.class, e, what);
  }

  private static Object drain(ResultSet rs) throws SQLException {
    if (rs == null) return null;
    try (rs) {
      while (rs.next()) rs.getObject(1);
    }
    return null;
  }

  private List<String> rows() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT pk, n, s FROM nums ORDER BY pk")) {
      while (rs.next()) out.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getString(3));
    }
    return out;
  }
}
