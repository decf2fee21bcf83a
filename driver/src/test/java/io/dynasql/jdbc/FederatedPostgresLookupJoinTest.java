package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Semi-join reduction into a PostgreSQL source (the embedded server shared per JVM): keys of
 * text, bigint and numeric columns are sent as IN (?, ...) and the joins answer as PostgreSQL
 * answers them with both tables inside it, and as dynasql answers them with pushdown off.
 */
class FederatedPostgresLookupJoinTest {
  private static final String ORDERS = "INSERT INTO semi_orders (pk, seq, code, amount) VALUES ('x', 1, 'AB-1', 2.50),"
      + " ('x', 2, 'ab-1', 2.50), ('x', 3, 'CD-7', 7), ('x', 4, NULL, 3), ('y', 1, 'EF-9', 9)";
  private static EmbeddedPostgres pg;
  private static Connection conn;
  private static Connection off;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = SharedPostgres.get();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS semi_products");
      s.execute("DROP TABLE IF EXISTS semi_orders");
      s.execute("CREATE TABLE semi_products (code varchar(10) PRIMARY KEY, price numeric(8,2), stock bigint)");
      s.execute("INSERT INTO semi_products SELECT 'P-' || g, g / 4.0, g FROM generate_series(1, 2000) g");
      s.execute("INSERT INTO semi_products VALUES ('AB-1', 2.50, 10), ('CD-7', 7.00, 0), ('EF-9', 9.00, NULL)");
      s.execute("CREATE TABLE semi_orders (pk varchar(10), seq bigint, code varchar(10), amount numeric(8,2))");
      s.execute(ORDERS);
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pgsemi");
    off = DriverManager.getConnection("jdbc:dynasql:mem:pgsemi;pushdown=false");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
      s.execute("CREATE TABLE semi_orders (pk VARCHAR(10), seq BIGINT, code VARCHAR(10), amount DECIMAL(8,2), PRIMARY KEY (pk, seq))");
      s.execute(ORDERS);
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    off.close();
    conn.close();
  }

  @Test
  void textKeysAreSentExactlyAndMatchCaseSensitively() throws SQLException {
    // https://www.postgresql.org/docs/current/collation.html : deterministic collations compare text byte by byte for equality
    String sql = "SELECT o.seq, p.price, p.stock FROM semi_orders o JOIN pg.public.semi_products p ON p.code = o.code WHERE o.pk = 'x'";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteLookupJoin") && plan.contains("WHERE \"code\" IN (?\u2026)"), plan);
    assertSame(sql);
  }

  @Test
  void numericKeysOfOtherTypesMatchByValue() throws SQLException {
    String sql = "SELECT o.seq, p.code FROM semi_orders o JOIN pg.public.semi_products p ON p.price = o.amount WHERE o.pk = 'x'";
    assertTrue(explain(sql).contains("WHERE \"price\" IN (?\u2026)"), explain(sql));
    assertSame(sql);
    String left = "SELECT o.seq, p.code FROM semi_orders o LEFT JOIN pg.public.semi_products p ON p.stock = o.seq WHERE o.pk = 'x'";
    assertTrue(explain(left).contains("RemoteLookupJoin(joinType=[left]"), explain(left));
    assertSame(left);
  }

  private static void assertSame(String sql) throws SQLException {
    List<String> expected;
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      expected = sorted(FederatedH2SourceTest.rows(c, sql.replace("pg.public.", "")));
    }
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, sql)));
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(off, sql)));
    assertTrue(!expected.isEmpty());
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }

  private static String explain(String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }
}
