package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table dropped by another connection while a result set reads it page by page fails the
 * reading statement with 42S02, never a short result; so does a table dropped and created again
 * under the same name, whose new rows the old statement must not read.
 */
class DroppedDuringScanTest {
  /** 300 items of 10 KB: about three 1 MB pages. */
  private static final int ITEMS = 300;
  private static final String PAD = "x".repeat(10_000);

  private Connection reader;
  private Connection dropper;

  @BeforeEach
  void open() throws SQLException {
    reader = DriverManager.getConnection("jdbc:dynasql:mem:dropped-during-scan;scan=allow");
    dropper = DriverManager.getConnection("jdbc:dynasql:mem:dropped-during-scan;scan=allow");
    try (Statement st = dropper.createStatement()) {
      st.execute("CREATE TABLE pages (id BIGINT PRIMARY KEY, pad VARCHAR)");
    }
    fill("old");
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = dropper.createStatement()) {
      st.execute("DROP TABLE IF EXISTS pages");
    }
    reader.close();
    dropper.close();
  }

  private void fill(String prefix) throws SQLException {
    var db = dropper.unwrap(DynasqlConnection.class).database();
    for (int i = 0; i < ITEMS; i++) {
      db.putItem(PutItemRequest.of("pages", Map.of("id", AttributeValue.n(i), "pad", AttributeValue.s(prefix + PAD))));
    }
  }

  @Test
  void aDropDuringTheScanFailsIt() throws SQLException {
    assertFailsAfterDrop(false);
  }

  @Test
  void aTableCreatedAgainUnderTheNameIsNotReadMidScan() throws SQLException {
    assertFailsAfterDrop(true);
  }

  /** A statement planned before the table was replaced reads the new table when run again. */
  @Test
  void aCachedPlanOfTheOldTableIsNotUsedForTheNewOne() throws SQLException {
    try (Statement st = reader.createStatement()) {
      assertEquals(ITEMS, count(st, "SELECT COUNT(*) FROM pages WHERE id >= 0"));
      try (Statement other = dropper.createStatement()) {
        other.execute("DROP TABLE pages");
        other.execute("CREATE TABLE pages (id BIGINT PRIMARY KEY, pad VARCHAR)");
        other.execute("INSERT INTO pages VALUES (1, 'a'), (2, 'b')");
      }
      assertEquals(2, count(st, "SELECT COUNT(*) FROM pages WHERE id >= 1"));
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  private void assertFailsAfterDrop(boolean recreate) throws SQLException {
    try (Statement st = reader.createStatement()) {
      st.setFetchSize(10);
      ResultSet rs = st.executeQuery("SELECT id, pad FROM pages");
      for (int i = 0; i < 20; i++) assertTrue(rs.next());
      try (Statement other = dropper.createStatement()) {
        other.execute("DROP TABLE pages");
        if (recreate) other.execute("CREATE TABLE pages (id BIGINT PRIMARY KEY, pad VARCHAR)");
      }
      if (recreate) fill("new");
      int read = 20;
      try {
        while (rs.next()) {
          assertTrue(rs.getString(2).startsWith("old"), "row " + rs.getLong(1) + " comes from the new table");
          read++;
        }
        fail("the scan ended after " + read + " of " + ITEMS + " rows with no error");
      } catch (SQLException e) {
        assertEquals("42S02", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("pages"), e.getMessage());
        assertTrue(read < ITEMS, "read " + read);
      }
    }
  }
}
