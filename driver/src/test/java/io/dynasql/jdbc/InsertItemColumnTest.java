package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;

/**
 * An INSERT may name {@code _item} when it writes NULL there, as tools that insert every column
 * getColumns lists do (Spring's SimpleJdbcInsert); a value for it is still refused.
 */
class InsertItemColumnTest {
  @Test
  void itemColumnNamedWithNullIsIgnored() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:insertitem"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE notes (k VARCHAR PRIMARY KEY, body VARCHAR)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes (k, body, _item) VALUES (?, ?, ?)")) {
        ps.setString(1, "a");
        ps.setString(2, "hello");
        ps.setNull(3, Types.VARCHAR);
        assertEquals(1, ps.executeUpdate());
      }
      assertEquals(1, st.executeUpdate("INSERT INTO notes (k, _item) VALUES ('b', NULL)"));
      try (ResultSet rs = st.executeQuery("SELECT body, _item FROM notes WHERE k = 'a'")) {
        rs.next();
        assertEquals("hello", rs.getString(1));
        assertEquals("{\"k\":\"a\",\"body\":\"hello\"}", rs.getString(2));
      }
      SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO notes (k, _item) VALUES ('c', '{}')"));
      assertEquals("42000", refused.getSQLState());
    }
  }
}
