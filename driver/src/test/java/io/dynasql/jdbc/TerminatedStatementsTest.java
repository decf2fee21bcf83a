package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Statements as tools send them: many end every statement with {@code ;} (DBeaver's editor,
 * scripts, logged SQL pasted back); an empty statement is a syntax error that says so.
 */
class TerminatedStatementsTest {
  @Test
  void aTrailingSemicolonEndsAnyStatement() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:terminated"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE things (pk VARCHAR, n INTEGER, PRIMARY KEY (pk));");
      assertEquals(1, st.executeUpdate("INSERT INTO things VALUES ('a', 1);"));
      assertEquals(1, st.executeUpdate("UPDATE things SET n = 2 WHERE pk = 'a' ;\n"));
      try (ResultSet rs = st.executeQuery("SELECT n FROM things WHERE pk = 'a';;  ")) {
        assertTrue(rs.next());
        assertEquals(2, rs.getInt(1));
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM things WHERE n > ?;")) {
        ps.setInt(1, 0);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(1, rs.getLong(1));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT pk FROM things WHERE pk = 'a;'")) { // a ; inside a string stays
        assertTrue(!rs.next());
      }
    }
  }

  @Test
  void anEmptyStatementIsASyntaxErrorSayingSo() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:empty"); Statement st = c.createStatement()) {
      for (String sql : new String[] {"", "   ", ";", " ; \n"}) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), "[" + sql + "]");
        assertEquals("42601", e.getSQLState());
        assertTrue(e.getMessage().startsWith("The statement is empty"), e.getMessage());
        SQLException p = assertThrows(SQLException.class, () -> c.prepareStatement(sql));
        assertEquals("42601", p.getSQLState());
      }
    }
  }
}
