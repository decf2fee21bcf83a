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
 * GROUP BY sent to a PostgreSQL source (the embedded server shared per JVM): groups on text (its
 * equality is exact), sums of numeric and bigint, and MIN/MAX of numbers go to PostgreSQL; MIN
 * and MAX of text stay in dynasql (PostgreSQL orders text by its locale). Each is answered as
 * PostgreSQL answers it.
 */
class FederatedPostgresAggregateTest {
  private static EmbeddedPostgres pg;
  private static Connection conn;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS agg_sales");
      s.execute("CREATE TABLE agg_sales (id integer PRIMARY KEY, region varchar(10), item varchar(10), qty bigint, price numeric(8,2))");
      s.execute("INSERT INTO agg_sales VALUES (1, 'north', 'apple', 3, 1.25), (2, 'North', 'Banana', 5, 0.50),"
          + " (3, 'north', 'cherry', NULL, 9.99), (4, NULL, 'apple', 2, 1.25), (5, 'south', 'banana', 7, NULL)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pgaggs");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
  }

  @Test
  void groupsOnTextAndExactSumsGoToPostgres() throws SQLException {
    // https://www.postgresql.org/docs/current/collation.html#COLLATION-NONDETERMINISTIC : the default collation is
    // deterministic, so 'north' and 'North' are two groups there as here
    String sql = "SELECT region, COUNT(*), SUM(qty), SUM(price), MAX(price) FROM pg.public.agg_sales WHERE id < 5 GROUP BY region";
    String plan = explain(sql);
    assertTrue(plan.contains("sql=[SELECT \"region\", COUNT(*), SUM(\"qty\"), SUM(\"price\"), MAX(\"price\") FROM \"public\".\"agg_sales\""
        + " WHERE \"id\" < ? GROUP BY \"region\"]"), plan);
    assertSame(sql);
  }

  @Test
  void minAndMaxOfTextStayHere() throws SQLException {
    // https://www.postgresql.org/docs/current/collation.html : text orders by the locale's rules, dynasql by code point
    String sql = "SELECT region, MIN(item) FROM pg.public.agg_sales GROUP BY region";
    assertFalse(explain(sql).contains("RemoteAggregateScan"), explain(sql));
    assertSame(sql);
  }

  private static void assertSame(String sql) throws SQLException {
    List<String> expected;
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      expected = sorted(FederatedH2SourceTest.rows(c, sql.replace("pg.public.", "")));
    }
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, sql)));
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
