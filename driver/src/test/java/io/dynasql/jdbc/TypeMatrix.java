package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One row of a source's type matrix (docs/federation.md, "Types"): a remote column type and a
 * value stored in it, and either the dynasql type and value it reads as, or the SQLState of the
 * named error its read is. Each cell is a table {@code tm_<name>} with one column {@code v}.
 */
record TypeMatrix(String name, String remoteType, String remoteValue, String dynasqlType, Object expected, String state) {
  /** Expected value meaning: equal to what the source's own driver prints for it (getString). */
  static final Object AS_SOURCE_PRINTS = new Object();

  /** A cell whose value reads unchanged as {@code expected} (java.time for dates and times, byte[] for binary). */
  static TypeMatrix reads(String name, String remoteType, String remoteValue, String dynasqlType, Object expected) {
    return new TypeMatrix(name, remoteType, remoteValue, dynasqlType, expected, null);
  }

  /** A cell whose value cannot be shown unchanged: reading it is an error with {@code state}. */
  static TypeMatrix refuses(String name, String remoteType, String remoteValue, String state) {
    return new TypeMatrix(name, remoteType, remoteValue, null, null, state);
  }

  @Override
  public String toString() {
    return name + " " + remoteType;
  }

  /** Creates every cell's table in the source, with its value. */
  static void create(Connection source, List<TypeMatrix> cells) throws SQLException {
    try (Statement s = source.createStatement()) {
      for (TypeMatrix c : cells) {
        s.execute("DROP TABLE IF EXISTS tm_" + c.name);
        s.execute("CREATE TABLE tm_" + c.name + " (v " + c.remoteType + ")");
        s.execute("INSERT INTO tm_" + c.name + " (v) VALUES (" + c.remoteValue + ")");
      }
    }
  }

  /** Reads the cell through {@code dynasql} (source {@code src}) and checks it against the source read directly. */
  void check(Connection dynasql, String src, Connection source) throws SQLException {
    String sql = "SELECT v FROM " + src + ".tm_" + name;
    try (Statement s = dynasql.createStatement()) {
      if (state != null) {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) rs.getObject(1);
          }
        });
        assertEquals(state, e.getSQLState(), e.getMessage());
        String m = e.getMessage().toLowerCase(java.util.Locale.ROOT); // H2 keeps unquoted names in upper case
        assertTrue(m.contains("tm_" + name.toLowerCase(java.util.Locale.ROOT)) && m.contains("column v "), e.getMessage());
        return;
      }
      try (ResultSet rs = s.executeQuery(sql)) {
        assertTrue(rs.next());
        assertEquals(dynasqlType, rs.getMetaData().getColumnTypeName(1), "dynasql type of " + this);
        if (expected == AS_SOURCE_PRINTS) {
          assertEquals(direct(source), rs.getString(1), this.toString());
        } else if (expected instanceof byte[] b) {
          assertArrayEquals(b, rs.getBytes(1), this.toString());
        } else if (expected instanceof BigDecimal d) {
          assertEquals(0, d.compareTo(rs.getBigDecimal(1)), d + " vs " + rs.getBigDecimal(1));
        } else if (expected instanceof java.time.temporal.Temporal) {
          assertEquals(expected, rs.getObject(1, expected.getClass()), this.toString());
        } else {
          assertEquals(expected, rs.getObject(1), this.toString());
        }
        assertFalse(rs.next());
      }
    }
  }

  private String direct(Connection source) throws SQLException {
    try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM tm_" + name)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
