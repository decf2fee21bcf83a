package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Closing: idempotent everywhere; a closed connection answers 08003, a closed statement or result
 * set 24000; closing a connection closes its statements, closing a statement its result set.
 */
class LifecycleContractTest {
  /** A plain query with a literal: it runs on the connection's cached plan of its shape. */
  static final String LITERAL_QUERY = "SELECT v FROM life_t WHERE pk = 'a'";
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-life");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS life_t (pk VARCHAR, sk BIGINT, v VARCHAR, PRIMARY KEY (pk, sk))");
      st.execute("UPSERT INTO life_t VALUES ('a', 1, 'x'), ('a', 2, 'y')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  static void assertState(String state, Executable call) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals(state, e.getSQLState(), e.getMessage());
  }

  @Test
  void closeIsIdempotentOnEveryObject() throws SQLException {
    Statement st = conn.createStatement();
    ResultSet rs = st.executeQuery(LITERAL_QUERY);
    PreparedStatement ps = conn.prepareStatement("SELECT v FROM life_t WHERE pk = ?");
    rs.close();
    rs.close();
    st.close();
    st.close();
    ps.close();
    ps.close();
    conn.close();
    conn.close();
    assertTrue(rs.isClosed());
    assertTrue(st.isClosed());
    assertTrue(ps.isClosed());
    assertTrue(conn.isClosed());
  }

  @Test
  void aClosedConnectionAnswers08003() throws SQLException {
    conn.close();
    assertState("08003", conn::createStatement);
    assertState("08003", () -> conn.prepareStatement("SELECT 1"));
    assertState("08003", conn::getMetaData);
    assertState("08003", conn::commit);
    assertState("08003", () -> conn.setAutoCommit(false));
    assertState("08003", conn::getWarnings);
    assertFalse(conn.isValid(0));
  }

  @Test
  void closingAConnectionClosesItsStatementsAndResultSets() throws SQLException {
    Statement st = conn.createStatement();
    ResultSet cached = st.executeQuery(LITERAL_QUERY);
    PreparedStatement ps = conn.prepareStatement("SELECT v FROM life_t WHERE pk = ?");
    ps.setString(1, "a");
    ResultSet prepared = ps.executeQuery();
    PreparedStatement dml = conn.prepareStatement("UPSERT INTO life_t VALUES (?, ?, ?)");
    conn.close();
    for (Statement s : new Statement[] {st, ps, dml}) assertTrue(s.isClosed());
    assertTrue(cached.isClosed());
    assertTrue(prepared.isClosed());
    assertState("08003", () -> st.executeQuery(LITERAL_QUERY));
    assertState("08003", ps::executeQuery);
    assertState("08003", cached::next);
  }

  @Test
  void aClosedStatementOrResultSetAnswers24000() throws SQLException {
    Statement st = conn.createStatement();
    ResultSet rs = st.executeQuery(LITERAL_QUERY);
    assertTrue(rs.next());
    st.close();
    assertTrue(rs.isClosed(), "closing a statement closes its result set");
    assertState("24000", rs::next);
    assertState("24000", () -> rs.getString(1));
    assertState("24000", () -> st.executeQuery(LITERAL_QUERY));
    assertState("24000", st::getResultSet);
    assertState("24000", st::getUpdateCount);
    PreparedStatement ps = conn.prepareStatement("SELECT v FROM life_t WHERE pk = ?");
    ps.close();
    assertState("24000", () -> ps.setString(1, "a"));
    assertState("24000", ps::executeQuery);
    PreparedStatement dml = conn.prepareStatement("UPSERT INTO life_t VALUES (?, ?, ?)");
    dml.close();
    assertState("24000", () -> dml.setString(1, "a"));
    assertState("24000", dml::executeUpdate);
  }

  @Test
  void executingAgainClosesThePreviousResultSet() throws SQLException {
    try (Statement st = conn.createStatement(); PreparedStatement ps = conn.prepareStatement("SELECT v FROM life_t WHERE pk = ?")) {
      ResultSet first = st.executeQuery(LITERAL_QUERY);
      ResultSet second = st.executeQuery("SELECT v FROM life_t");
      assertTrue(first.isClosed());
      assertState("24000", first::next);
      assertTrue(second.next());
      ps.setString(1, "a");
      ResultSet one = ps.executeQuery();
      ResultSet two = ps.executeQuery();
      assertTrue(one.isClosed());
      assertTrue(two.next());
    }
  }

  @Test
  void closeOnCompletionClosesTheStatementWithItsResultSet() throws SQLException {
    Statement st = conn.createStatement();
    assertFalse(st.isCloseOnCompletion());
    st.closeOnCompletion();
    assertTrue(st.isCloseOnCompletion());
    ResultSet rs = st.executeQuery(LITERAL_QUERY);
    assertFalse(st.isClosed());
    rs.close();
    assertTrue(st.isClosed());
    PreparedStatement ps = conn.prepareStatement("SELECT v FROM life_t WHERE pk = ?");
    ps.closeOnCompletion();
    ps.setString(1, "a");
    ps.executeQuery().close();
    assertTrue(ps.isClosed());
  }

  @Test
  void isValidRefusesANegativeTimeoutAndIsFalseOnceClosed() throws SQLException {
    assertTrue(conn.isValid(0));
    assertTrue(conn.isValid(5));
    assertState("22023", () -> conn.isValid(-1));
    conn.close();
    assertFalse(conn.isValid(0));
  }
}
