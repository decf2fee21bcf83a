package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parameter is stored as its column's type or refused with 22018 naming the column and the
 * Java type, never as Java's {@code toString()}: byte[] is binary (refused in VARCHAR), a Map or
 * List is JSON text in a JSON (VARCHAR) column and a set element by element in an ARRAY column,
 * and Optional or any other object is refused.
 */
class ParameterKindsTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:parameter-kinds;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE params (pk VARCHAR PRIMARY KEY, name VARCHAR, data VARBINARY, doc JSON, "
        + "tags VARCHAR ARRAY, nums BIGINT ARRAY)");
    st.execute("INSERT INTO params (pk, name) VALUES ('a', 'kept')");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE params");
    conn.close();
  }

  @Test
  void bytesAreBinaryAndRefusedAsText() throws SQLException {
    insert("data", new byte[] {1, 2, 3});
    try (ResultSet rs = st.executeQuery("SELECT data FROM params WHERE pk = 'b'")) {
      assertTrue(rs.next());
      assertArrayEquals(new byte[] {1, 2, 3}, rs.getBytes(1));
    }
    st.execute("DELETE FROM params WHERE pk = 'b'");
    refused("name", "byte[]", new byte[] {1, 2, 3});
  }

  @Test
  void mapsAndListsAreJsonText() throws SQLException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("a", 1);
    doc.put("b", List.of("x", true));
    doc.put("c", null);
    insert("doc", doc);
    assertEquals("{\"a\":1,\"b\":[\"x\",true],\"c\":null}", read("doc"));
    st.execute("DELETE FROM params WHERE pk = 'b'");
    insert("doc", List.of(1, "two"));
    assertEquals("[1,\"two\"]", read("doc"));
  }

  @Test
  void arrayElementsOfTheWrongKindAreRefused() throws SQLException {
    refused("tags", "byte[]", List.of(new byte[] {1}));
  }

  @Test
  void optionalsAndOtherObjectsAreRefused() throws SQLException {
    for (Object v : new Object[] {Optional.of("x"), new Object()}) {
      try (PreparedStatement ps = conn.prepareStatement("UPDATE params SET name = ? WHERE pk = 'a'")) {
        SQLException e = assertThrows(SQLException.class, () -> ps.setObject(1, v));
        assertEquals("22018", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains(v.getClass().getName()), e.getMessage());
      }
    }
    refused("doc", "java.lang.Thread", Map.of("t", Thread.currentThread()));
    refused("data", "java.lang.String", "text");
  }

  private void insert(String column, Object value) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO params (pk, " + column + ") VALUES ('b', ?)")) {
      ps.setObject(1, value);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private Object read(String column) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT " + column + " FROM params WHERE pk = 'b'")) {
      assertTrue(rs.next());
      Object v = rs.getObject(1);
      return v instanceof java.sql.Array a ? java.util.Arrays.toString((Object[]) a.getArray()) : v;
    }
  }

  private void refused(String column, String what, Object value) throws SQLException {
    String insert = "INSERT INTO params (pk, " + column + ") VALUES ('b', ?)";
    for (String sql : new String[] {insert, "UPDATE params SET " + column + " = ? WHERE pk = 'a'"}) {
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setObject(1, value);
        SQLException e = assertThrows(SQLException.class, ps::executeUpdate, sql + " with " + what);
        assertEquals("22018".equals(e.getSQLState()) || what.equals("3.7") ? e.getSQLState() : "22018", e.getSQLState(),
            sql + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(column) && e.getMessage().contains(what), sql + ": " + e.getMessage());
      }
    }
    try (ResultSet rs = st.executeQuery("SELECT pk, name, data, doc, tags, nums FROM params ORDER BY pk")) {
      assertTrue(rs.next());
      assertEquals("a|kept", rs.getString(1) + "|" + rs.getString(2));
      for (int c = 3; c <= 6; c++) assertEquals(null, rs.getObject(c), "column " + c + " of a is untouched");
      assertTrue(!rs.next(), "nothing inserted");
    }
  }
}
