package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joins of two PostgreSQL tables (the embedded server shared per JVM) sent as one statement, on
 * integer and text keys, answered as PostgreSQL answers the same join.
 */
class FederatedPostgresJoinTest {
  private static EmbeddedPostgres pg;
  private static Connection conn;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS join_lines");
      s.execute("DROP TABLE IF EXISTS join_items");
      s.execute("CREATE TABLE join_items (sku varchar(10) PRIMARY KEY, title text, price numeric(8,2))");
      s.execute("INSERT INTO join_items VALUES ('a-1', 'Apple', 1.25), ('A-1', 'APPLE', 1.50), ('b-2', 'Banana', 0.5)");
      s.execute("CREATE TABLE join_lines (id integer PRIMARY KEY, sku varchar(10), qty integer)");
      s.execute("INSERT INTO join_lines VALUES (1, 'a-1', 2), (2, 'A-1', 1), (3, 'c-3', 4), (4, NULL, 1), (5, 'b-2', 10)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pgjoins");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
  }

  @Test
  void innerAndLeftJoinsOnATextKeyAreOneStatement() throws SQLException {
    // https://www.postgresql.org/docs/current/collation.html : equality under a deterministic collation is exact,
    // so 'a-1' and 'A-1' are different keys there as here
    String inner = "SELECT l.id, i.title, l.qty * i.price FROM pg.public.join_lines l JOIN pg.public.join_items i"
        + " ON i.sku = l.sku WHERE l.qty > 1";
    String plan = explain(inner);
    assertTrue(plan.contains("sql=[SELECT l.\"id\", l.\"sku\", l.\"qty\", r.\"sku\", r.\"title\", r.\"price\" FROM (SELECT"), plan);
    assertTrue(plan.contains("WHERE \"qty\" > ?) l JOIN (SELECT"), plan);
    assertSame(inner);
    String left = "SELECT l.id, i.title FROM pg.public.join_lines l LEFT JOIN pg.public.join_items i ON i.sku = l.sku";
    assertTrue(explain(left).contains("RemoteJoinScan(joinType=[left]"), explain(left));
    assertSame(left);
  }

  private static void assertSame(String sql) throws SQLException {
    List<String> expected;
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      expected = sorted(FederatedH2SourceTest.rows(c, sql.replace("pg.public.", "")));
    }
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, sql)));
    assertFalse(expected.isEmpty());
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }

  private static String explain(String sql) throws SQLException {
    return String.join("\n", FederatedH2SourceTest.rows(conn, "EXPLAIN PLAN FOR " + sql));
  }
}
