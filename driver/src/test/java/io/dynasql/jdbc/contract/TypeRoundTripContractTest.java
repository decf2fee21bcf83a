package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every mapped type (docs/types.md) written with its PreparedStatement setter, read back with its
 * getter, getObject with and without a class, getString, and found again by a parameter.
 */
class TypeRoundTripContractTest {
  static final String TABLE = "CREATE TABLE typed_t (pk VARCHAR, sk BIGINT, vc VARCHAR, dc DECIMAL, bi BIGINT, ii INTEGER,"
      + " si SMALLINT, ti TINYINT, db DOUBLE, rl REAL, bo BOOLEAN, vb VARBINARY, sa VARCHAR ARRAY, na DECIMAL ARRAY,"
      + " ba VARBINARY ARRAY, js JSON, PRIMARY KEY (pk, sk))";
  static final String INSERT = "INSERT INTO typed_t (pk, sk, vc, dc, bi, ii, si, ti, db, rl, bo, vb, sa, na, ba, js)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SELECT = "SELECT vc, dc, bi, ii, si, ti, db, rl, bo, vb, sa, na, ba, js FROM typed_t WHERE pk = ? AND sk = ?";
  static final BigDecimal WIDE = new BigDecimal("12345678901234567890123456789012345678");
  static final BigDecimal DEEP = new BigDecimal("0.1234567890123456789012345678901234567");
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-types");
    try (Statement st = conn.createStatement()) {
      st.execute(TABLE);
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  /** Inserts one row of every type with the typed setters. */
  static void insert(Connection c, long sk, BigDecimal dc, long bi) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, "row");
      ps.setLong(2, sk);
      ps.setString(3, "héllo ✓");
      ps.setBigDecimal(4, dc);
      ps.setLong(5, bi);
      ps.setInt(6, Integer.MIN_VALUE);
      ps.setShort(7, Short.MAX_VALUE);
      ps.setByte(8, (byte) -7);
      ps.setDouble(9, 0.1);
      ps.setFloat(10, 1.25f);
      ps.setBoolean(11, true);
      ps.setBytes(12, new byte[] {0, 1, -1, 127});
      ps.setArray(13, c.createArrayOf("VARCHAR", new Object[] {"x", "y"}));
      ps.setArray(14, c.createArrayOf("DECIMAL", new Object[] {BigDecimal.ONE, new BigDecimal("2.5")}));
      ps.setArray(15, c.createArrayOf("VARBINARY", new Object[] {new byte[] {1}, new byte[] {2, 3}}));
      ps.setString(16, "{\"a\":[1,2],\"b\":{\"c\":true}}");
      assertEquals(1, ps.executeUpdate());
    }
  }

  static ResultSet select(PreparedStatement ps, long sk) throws SQLException {
    ps.setString(1, "row");
    ps.setLong(2, sk);
    ResultSet rs = ps.executeQuery();
    assertTrue(rs.next());
    return rs;
  }

  @Test
  void eachTypeComesBackAsItWasSet() throws SQLException {
    insert(conn, 1, WIDE, Long.MAX_VALUE);
    insert(conn, 2, DEEP, Long.MIN_VALUE);
    try (PreparedStatement ps = conn.prepareStatement(SELECT)) {
      try (ResultSet rs = select(ps, 1)) {
        assertEquals("héllo ✓", rs.getString("vc"));
        assertEquals(WIDE, rs.getBigDecimal("dc"));
        assertEquals(WIDE, rs.getObject("dc"));
        assertEquals(WIDE.toPlainString(), rs.getString("dc"));
        assertEquals(Long.MAX_VALUE, rs.getLong("bi"));
        assertEquals(Long.MAX_VALUE, rs.getObject("bi"));
        assertEquals(Integer.MIN_VALUE, rs.getInt("ii"));
        assertEquals(Integer.MIN_VALUE, rs.getObject("ii"));
        assertEquals(Short.MAX_VALUE, rs.getShort("si"));
        assertEquals((byte) -7, rs.getByte("ti"));
        assertEquals(0.1, rs.getDouble("db"));
        assertEquals(0.1, rs.getObject("db"));
        assertEquals(1.25f, rs.getFloat("rl"));
        assertTrue(rs.getBoolean("bo"));
        assertEquals(Boolean.TRUE, rs.getObject("bo"));
        assertArrayEquals(new byte[] {0, 1, -1, 127}, rs.getBytes("vb"));
        assertArrayEquals(new byte[] {0, 1, -1, 127}, (byte[]) rs.getObject("vb"));
        assertEquals(Set.of("x", "y"), new HashSet<>(Arrays.asList((Object[]) rs.getArray("sa").getArray())));
        assertEquals(Set.of(BigDecimal.ONE, new BigDecimal("2.5")), new HashSet<>(Arrays.asList((Object[]) rs.getArray("na").getArray())));
        Object[] blobs = (Object[]) rs.getArray("ba").getArray();
        assertEquals(2, blobs.length);
        assertEquals("{\"a\":[1,2],\"b\":{\"c\":true}}", rs.getString("js"));
        assertFalse(rs.wasNull());
      }
      try (ResultSet rs = select(ps, 2)) {
        assertEquals(DEEP, rs.getBigDecimal("dc"));
        assertEquals(DEEP.toPlainString(), rs.getString("dc"));
        assertEquals(Long.MIN_VALUE, rs.getLong("bi"));
      }
    }
  }

  @Test
  void getObjectWithAClassConverts() throws SQLException {
    insert(conn, 3, WIDE, 42);
    try (PreparedStatement ps = conn.prepareStatement(SELECT); ResultSet rs = select(ps, 3)) {
      assertEquals("héllo ✓", rs.getObject("vc", String.class));
      assertEquals(WIDE, rs.getObject("dc", BigDecimal.class));
      assertEquals(42L, rs.getObject("bi", Long.class));
      assertEquals(42, rs.getObject("bi", Integer.class));
      assertEquals("42", rs.getObject("bi", String.class));
      assertEquals(Integer.MIN_VALUE, rs.getObject("ii", Integer.class));
      assertEquals(0.1, rs.getObject("db", Double.class));
      assertEquals(Boolean.TRUE, rs.getObject("bo", Boolean.class));
      assertArrayEquals(new byte[] {0, 1, -1, 127}, rs.getObject("vb", byte[].class));
      assertEquals(List.of("x", "y"), sorted((Object[]) rs.getObject("sa", java.sql.Array.class).getArray()));
    }
  }

  @Test
  void parametersOfEachTypeFindTheRow() throws SQLException {
    insert(conn, 4, DEEP, 7);
    String sql = "SELECT sk FROM typed_t WHERE pk = 'row' AND sk = 4 AND dc = ? AND bi = ? AND ii = ? AND db = ? AND bo = ? AND vb = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setBigDecimal(1, DEEP);
      ps.setLong(2, 7);
      ps.setInt(3, Integer.MIN_VALUE);
      ps.setDouble(4, 0.1);
      ps.setBoolean(5, true);
      ps.setBytes(6, new byte[] {0, 1, -1, 127});
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(4, rs.getLong(1));
      }
    }
  }

  private static List<String> sorted(Object[] values) {
    String[] s = Arrays.copyOf(values, values.length, String[].class);
    Arrays.sort(s);
    return List.of(s);
  }
}
