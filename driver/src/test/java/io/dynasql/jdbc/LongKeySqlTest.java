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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keys of DynamoDB's sizes through SQL: a 2,000-byte partition key, 1,000-byte sort keys that
 * share their first 990 bytes, and an index on 1,500-byte values; before the engine stored long
 * keys, each of these failed with 58000 (LMDB's 511-byte key limit).
 */
class LongKeySqlTest {
  private static final String PK = "p".repeat(2000);
  private static final String SHARED = "s".repeat(990);
  private static final List<String> ENDINGS = List.of("c", "a", "e", "b", "d", "aa", "ab");

  private final Connection conn = open();

  private static Connection open() {
    try {
      return DriverManager.getConnection("jdbc:dynasql:mem:long-keys");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS docs");
    }
    conn.close();
  }

  @Test
  void longKeysThroughSql() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE docs (pk VARCHAR, sk VARCHAR, title VARCHAR, n BIGINT, PRIMARY KEY (pk, sk))");
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO docs (pk, sk, title, n) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < ENDINGS.size(); i++) {
        ps.setString(1, PK);
        ps.setString(2, SHARED + ENDINGS.get(i));
        ps.setString(3, "t".repeat(1500) + (i % 2));
        ps.setLong(4, i);
        assertEquals(1, ps.executeUpdate());
      }
    }
    assertEquals(List.of("3"), rows("SELECT n FROM docs WHERE pk = ? AND sk = ?", PK, SHARED + "b"));
    assertEquals(List.of("a", "aa", "ab", "b", "c"),
        endings(rows("SELECT sk FROM docs WHERE pk = ? AND sk BETWEEN ? AND ? ORDER BY sk", PK, SHARED + "a", SHARED + "c")));
    assertEquals(List.of("e", "d", "c", "b", "ab", "aa", "a"), endings(rows("SELECT sk FROM docs WHERE pk = ? ORDER BY sk DESC", PK)));
    assertEquals(List.of("aa", "ab"), endings(rows("SELECT sk FROM docs WHERE pk = ? AND sk LIKE ? ORDER BY sk", PK, SHARED + "a_")));

    try (Statement st = conn.createStatement()) {
      assertEquals(0, st.executeUpdate("CREATE INDEX byTitle ON docs (title, sk)"));
    }
    String plan = rows("EXPLAIN PLAN FOR SELECT sk FROM docs WHERE title = '" + "t".repeat(1500) + "1'").toString();
    assertTrue(plan.contains("index=byTitle"), plan);
    assertEquals(List.of("a", "aa", "b"), endings(rows("SELECT sk FROM docs WHERE title = ? ORDER BY sk", "t".repeat(1500) + "1")));

    SQLException tooLong = assertThrows(SQLException.class, () -> rows("INSERT INTO docs (pk, sk) VALUES (?, ?)", "p".repeat(2049), "x"));
    assertEquals("22000", tooLong.getSQLState(), tooLong.getMessage());
  }

  private List<String> rows(String sql, String... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
      if (!ps.execute()) return out;
      try (ResultSet rs = ps.getResultSet()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static List<String> endings(List<String> sks) {
    return sks.stream().map(s -> s.substring(SHARED.length())).toList();
  }
}
