package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLWarnings: each SCAN raises one (01000) on its statement and result set, chained when a
 * statement scans twice; clearWarnings and the next execution clear them; a connection's own
 * chain is separate.
 */
class WarningsContractTest {
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-warn");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE warn_a (id VARCHAR PRIMARY KEY, v BIGINT)");
      st.execute("CREATE TABLE warn_b (id VARCHAR PRIMARY KEY, v BIGINT)");
      st.executeUpdate("INSERT INTO warn_a VALUES ('a1', 1), ('a2', 2)");
      st.executeUpdate("INSERT INTO warn_b VALUES ('b1', 1), ('b2', 3)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static List<String> chain(SQLWarning w) {
    List<String> out = new ArrayList<>();
    for (; w != null; w = w.getNextWarning()) {
      assertEquals("01000", w.getSQLState());
      out.add(w.getMessage());
    }
    return out;
  }

  @Test
  void twoScansGiveTwoChainedWarningsOnStatementAndResultSet() throws SQLException {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT a.id FROM warn_a a JOIN warn_b b ON a.v = b.v")) {
      while (rs.next()) {
        assertNotNull(rs.getString(1));
      }
      List<String> onStatement = chain(st.getWarnings());
      assertEquals(2, onStatement.size(), onStatement.toString());
      assertTrue(String.join(" ", onStatement).contains("warn_a"));
      assertTrue(String.join(" ", onStatement).contains("warn_b"));
      assertEquals(onStatement, chain(rs.getWarnings()));
    }
  }

  @Test
  void clearWarningsClearsEachObjectsOwnChain() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM warn_a WHERE v > 0")) {
      while (rs.next()) {
        rs.getString(1);
      }
      assertEquals(1, chain(rs.getWarnings()).size());
      rs.clearWarnings();
      assertNull(rs.getWarnings());
      assertEquals(1, chain(st.getWarnings()).size(), "the statement keeps its own");
      st.clearWarnings();
      assertNull(st.getWarnings());
    }
  }

  @Test
  void theNextExecutionStartsAFreshChain() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeQuery("SELECT id FROM warn_a WHERE v > 0").close();
      assertEquals(1, chain(st.getWarnings()).size());
      st.executeQuery("SELECT v FROM warn_a WHERE id = 'a1'").close();
      assertNull(st.getWarnings(), "a GET raises none, and the SCAN's warning is gone");
      st.clearWarnings();
      st.executeQuery("SELECT id FROM warn_b WHERE v > 0").close();
      assertEquals(1, chain(st.getWarnings()).size(), "clearing does not silence later executions");
    }
  }

  @Test
  void scanAllowRaisesNoWarningAndTheConnectionChainIsSeparate() throws SQLException {
    try (Connection allow = DriverManager.getConnection("jdbc:dynasql:mem:contract-warn;scan=allow");
         Statement st = allow.createStatement()) {
      st.executeQuery("SELECT id FROM warn_a WHERE v > 0").close();
      assertNull(st.getWarnings());
    }
    try (Statement st = conn.createStatement()) {
      st.executeQuery("SELECT id FROM warn_a WHERE v > 0").close();
      assertNull(conn.getWarnings());
      conn.clearWarnings();
      assertNull(conn.getWarnings());
    }
  }
}
