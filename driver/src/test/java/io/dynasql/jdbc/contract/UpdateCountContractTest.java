package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * Update counts of INSERT / UPDATE / DELETE / DDL, execute() results, getMoreResults, and
 * getGeneratedKeys: DynamoDB never generates keys, so it is always an empty result set.
 */
class UpdateCountContractTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-counts");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE counts_t (id VARCHAR PRIMARY KEY, v BIGINT)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE counts_t");
    }
    conn.close();
  }

  @Test
  void executeUpdateCountsRowsAndDdlCountsZero() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertEquals(3, st.executeUpdate("INSERT INTO counts_t VALUES ('a', 1), ('b', 2), ('c', 3)"));
      assertEquals(3, st.getUpdateCount());
      assertEquals(3L, st.getLargeUpdateCount());
      assertNull(st.getResultSet());
      assertEquals(2L, st.executeLargeUpdate("UPDATE counts_t SET v = 0 WHERE v > 1"));
      assertEquals(0, st.executeUpdate("UPDATE counts_t SET v = 0 WHERE id = 'none'"));
      assertEquals(0, st.getUpdateCount());
      assertEquals(1, st.executeUpdate("DELETE FROM counts_t WHERE id = 'a'"));
      assertEquals(0, st.executeUpdate("CREATE INDEX byV ON counts_t (v)"));
      assertEquals(0, st.getUpdateCount());
      assertNull(st.getResultSet());
    }
  }

  @Test
  void executeIsFalseForDmlAndDdlAndTrueForQueries() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertFalse(st.execute("INSERT INTO counts_t VALUES ('a', 1), ('b', 2)"));
      assertNull(st.getResultSet());
      assertEquals(2, st.getUpdateCount());
      assertFalse(st.getMoreResults());
      assertEquals(-1, st.getUpdateCount(), "no more results");
      assertFalse(st.execute("DROP INDEX IF EXISTS byV ON counts_t"));
      assertEquals(0, st.getUpdateCount());
      assertTrue(st.execute("SELECT v FROM counts_t WHERE id = 'a'"));
      assertEquals(-1, st.getUpdateCount());
      ResultSet rs = st.getResultSet();
      assertNotNull(rs);
      assertTrue(rs.next());
      assertFalse(st.getMoreResults());
      assertTrue(rs.isClosed(), "getMoreResults closes the current result set");
      assertNull(st.getResultSet());
      assertEquals(-1, st.getUpdateCount());
    }
    try (PreparedStatement ps = conn.prepareStatement("UPDATE counts_t SET v = ? WHERE id = ?")) {
      ps.setLong(1, 7);
      ps.setString(2, "b");
      assertFalse(ps.execute());
      assertEquals(1, ps.getUpdateCount());
      assertNull(ps.getResultSet());
    }
  }

  @Test
  void executeUpdateOfAQueryIsRefused() throws SQLException {
    try (Statement st = conn.createStatement(); PreparedStatement ps = conn.prepareStatement("SELECT v FROM counts_t")) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("SELECT v FROM counts_t"));
      assertEquals("07000", e.getSQLState(), e.getMessage());
      assertEquals("07000", assertThrows(SQLException.class, ps::executeUpdate).getSQLState());
    }
  }

  @Test
  void executeQueryOfDmlOrDdlIsRefusedBeforeItRuns() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertEquals("07000", assertThrows(SQLException.class,
          () -> st.executeQuery("CREATE TABLE counts_never (k VARCHAR PRIMARY KEY)")).getSQLState());
      assertEquals("07000", assertThrows(SQLException.class,
          () -> st.executeQuery("INSERT INTO counts_t VALUES ('q', 1)")).getSQLState());
      assertFalse(conn.getMetaData().getTables(null, null, "counts_never", null).next(), "the table was not created");
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM counts_t WHERE id = 'q'")) {
        assertTrue(rs.next());
        assertEquals(0, rs.getLong(1), "the row was not written");
      }
    }
  }

  @Test
  void generatedKeysAreAnEmptyResultSet() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertEquals(1, st.executeUpdate("INSERT INTO counts_t VALUES ('g', 1)", Statement.RETURN_GENERATED_KEYS));
      try (ResultSet keys = st.getGeneratedKeys()) {
        assertFalse(keys.next());
      }
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO counts_t VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "h");
      ps.setLong(2, 2);
      assertEquals(1, ps.executeUpdate());
      try (ResultSet keys = ps.getGeneratedKeys()) {
        assertFalse(keys.next());
      }
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO counts_t VALUES (?, ?)", new String[] {"id"})) {
      ps.setString(1, "i");
      ps.setLong(2, 3);
      assertEquals(1, ps.executeUpdate());
      assertFalse(ps.getGeneratedKeys().next());
    }
  }
}
