package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Literal statements (what BI tools send) run on one cached plan per shape, correctly. */
class PlanCacheTest {
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:plancache");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE pts (pk VARCHAR, sk BIGINT, v DECIMAL(10, 2), PRIMARY KEY (pk, sk))");
    }
    var db = conn.unwrap(DynasqlConnection.class).database();
    for (int i = 0; i < 50; i++) {
      db.putItem(io.dynasql.engine.api.PutItemRequest.of("pts", java.util.Map.of("pk", io.dynasql.engine.model.AttributeValue.s("p" + (i % 5)),
          "sk", io.dynasql.engine.model.AttributeValue.n(i), "v", io.dynasql.engine.model.AttributeValue.n(i + ".5"))));
    }
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
  }

  @Test
  void everyLiteralGetsItsOwnAnswerFromTheSharedPlan() throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (int i = 0; i < 50; i++) {
        try (ResultSet rs = st.executeQuery("SELECT v FROM pts WHERE pk = 'p" + (i % 5) + "' AND sk = " + i)) {
          assertTrue(rs.next());
          assertEquals(i + 0.5, rs.getDouble(1), 1e-9);
        }
        assertEquals("GET", st.unwrap(DynasqlStatement.class).accessLines().get(0).record().kind().name());
      }
    }
  }

  @Test
  void aLiteralTheParameterTypeWouldChangeIsNotLifted() throws SQLException {
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pts WHERE sk = 3")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
      // sk is BIGINT: a parameter would bind 3.5 as 3 and find a row
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pts WHERE sk = 3.5")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
    }
  }

  @Test
  void twoOpenResultSetsOfOneShapeDoNotShareAPlan() throws SQLException {
    try (Statement a = conn.createStatement(); Statement b = conn.createStatement();
         ResultSet ra = a.executeQuery("SELECT sk FROM pts WHERE pk = 'p1' ORDER BY sk");
         ResultSet rb = b.executeQuery("SELECT sk FROM pts WHERE pk = 'p2' ORDER BY sk")) {
      int n = 0;
      while (ra.next() && rb.next()) {
        assertEquals(ra.getLong(1) + 1, rb.getLong(1));
        n++;
      }
      assertEquals(10, n);
    }
  }

  @Test
  void aLiteralThatCannotBeAParameterFallsBackToPlanningTheText() throws SQLException {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pts WHERE pk IN ('p1', 'p3') AND v > 10.25")) {
      assertTrue(rs.next());
      assertEquals(16, rs.getLong(1)); // p1: sk 11..46 step 5, p3: 13..48 step 5, 8 each
    }
  }
}
