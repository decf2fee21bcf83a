package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A REMOTE_SQL label's rows are the rows PostgreSQL itself counted for the statements it received:
 * pg_stat_statements (https://www.postgresql.org/docs/current/pgstatstatements.html), reset before
 * each statement, records per statement text the calls and the rows retrieved. A PostgreSQL server
 * of its own, with the module preloaded; 100,000 orders there, 5,000 customers in dynasql.
 */
class FederatedPostgresStatementStatsTest {
  private static EmbeddedPostgres pg;
  private static Connection direct;
  private static Connection conn;

  @BeforeAll
  static void start() throws IOException, SQLException {
    pg = EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
    direct = pg.getPostgresDatabase().getConnection();
    try (Statement s = direct.createStatement()) {
      s.execute("CREATE EXTENSION pg_stat_statements");
      s.execute("CREATE TABLE stat_orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, amount numeric(10,2))");
      s.execute("INSERT INTO stat_orders SELECT g, g % 5000, (g % 997) / 10.0 FROM generate_series(0, 99999) g");
      s.execute("CREATE INDEX stat_orders_customer ON stat_orders (customer_id)");
      s.execute("CREATE TABLE stat_customers (region varchar(10), id bigint, name varchar(40), PRIMARY KEY (region, id))");
      s.execute("INSERT INTO stat_customers SELECT 'r' || lpad((g % 50)::text, 2, '0'), g, 'c-' || g FROM generate_series(0, 4999) g");
      s.execute("ANALYZE stat_orders");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:pgstats;scan=allow");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '2')");
      s.execute("CREATE TABLE stat_customers (region VARCHAR(10), id BIGINT, name VARCHAR(40), PRIMARY KEY (region, id))");
      s.execute("INSERT INTO stat_customers SELECT region, id, name FROM pg.public.stat_customers");
    }
  }

  @AfterAll
  static void stop() throws SQLException, IOException {
    conn.close();
    direct.close();
    pg.close();
  }

  @Test
  void oneRegionsKeysAreOneStatementOfItsOrders() throws SQLException {
    // a QUERY of 100 customers: their ids in one IN batch, 20 orders each
    AccessRecord r = labelMatchesPostgres("SELECT c.name, o.amount FROM stat_customers c JOIN pg.public.stat_orders o "
        + "ON o.customer_id = c.id WHERE c.region = 'r07'", 1);
    assertEquals(2_000, r.itemsReturned());
  }

  @Test
  void keysOverOneBatchAreCountedOverAllStatements() throws SQLException {
    // 1,500 customers: batches of 1,000 and 500 keys, one label
    AccessRecord r = labelMatchesPostgres("SELECT c.name, o.amount FROM stat_customers c JOIN pg.public.stat_orders o "
        + "ON o.customer_id = c.id WHERE c.region < 'r15'", 2);
    assertEquals(30_000, r.itemsReturned());
  }

  @Test
  void withoutReductionTheWholeTableIsCountedOnBothSides() throws SQLException {
    AccessRecord r = labelMatchesPostgres("SELECT c.name, o.amount FROM stat_customers c JOIN pg.public.stat_orders o "
        + "ON CAST(o.customer_id AS VARCHAR(20)) = CAST(c.id AS VARCHAR(20)) WHERE c.region = 'r07'", 1);
    assertEquals(100_000, r.itemsReturned());
  }

  /** Runs {@code sql} after a reset; its REMOTE_SQL label must hold the rows PostgreSQL counted in {@code calls} calls. */
  private static AccessRecord labelMatchesPostgres(String sql, int calls) throws SQLException {
    try (Statement s = direct.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
    }
    AccessRecord remote;
    long joined = 0;
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) joined++;
      }
      remote = s.unwrap(DynasqlStatement.class).accessLines().stream().map(AccessLine::record)
          .filter(a -> a.kind() == AccessKind.REMOTE_SQL).findFirst().orElseThrow();
    }
    assertTrue(joined > 0, sql);
    long rows = 0;
    long seen = 0;
    try (Statement s = direct.createStatement();
        ResultSet rs = s.executeQuery("SELECT query, calls, rows FROM pg_stat_statements")) {
      while (rs.next()) {
        if (normal(rs.getString(1)).equals(normal(remote.remote().sql()))) {
          seen += rs.getLong(2);
          rows += rs.getLong(3);
        }
      }
    }
    assertEquals(calls, seen, "calls of " + remote.remote().sql());
    assertEquals(rows, remote.itemsReturned(), "rows of " + remote.remote().sql());
    return remote;
  }

  /**
   * The text with its parameters written alike: JDBC's {@code ?} and PostgreSQL's {@code $n} as
   * {@code ?}, and a list of them, which PostgreSQL 18 may record squashed as {@code ($1 /*, ... *}{@code /)},
   * as {@code (?...)}.
   */
  private static String normal(String sql) {
    return sql.replaceAll("\\$[0-9]+", "?").replace(" /*, ... */", "").replaceAll("\\(\\?(, \\?)*\\)", "(?...)");
  }
}
