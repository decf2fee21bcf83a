package io.dynasql.tck.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The federation benchmarks' data: an embedded PostgreSQL 18 (pg_stat_statements preloaded)
 * holding {@value #ORDERS} rows of {@code orders_pg} (index on {@code customer_id}) and the
 * {@value #CUSTOMERS} {@code customers}, and a dynasql database ({@code mem:}) with the same
 * customers in a dynasql table and the server declared as source {@code pg}. Order {@code g}
 * belongs to customer {@code g % CUSTOMERS}, customer {@code i} lives in region
 * {@code i % REGIONS}: a region has {@value #PER_REGION} customers and {@value #ORDERS_PER_REGION}
 * orders, spread over the whole table.
 */
final class FederatedData implements AutoCloseable {
  static final int ORDERS = 1_000_000;
  static final int CUSTOMERS = 10_000;
  static final int REGIONS = 500;
  static final int PER_REGION = CUSTOMERS / REGIONS;
  static final int ORDERS_PER_REGION = ORDERS / REGIONS;
  static final String ORDERS_DDL = "CREATE TABLE orders_pg (id bigint PRIMARY KEY, customer_id bigint NOT NULL, "
      + "amount numeric(10,2) NOT NULL, status varchar(10) NOT NULL)";
  /** The customers, the same in PostgreSQL and in dynasql: the region is the partition key. */
  static final String CUSTOMERS_DDL = "CREATE TABLE customers (region VARCHAR(10), id BIGINT, name VARCHAR(40), "
      + "PRIMARY KEY (region, id))";

  final EmbeddedPostgres pg;
  /** A plain PostgreSQL connection (the baselines run on it). */
  final Connection direct;
  /** The dynasql connection, with source {@code pg}. */
  final Connection dynasql;
  /** Seconds the orders took to load and index in PostgreSQL. */
  final double loadSeconds;

  private FederatedData(EmbeddedPostgres pg, Connection direct, Connection dynasql, double loadSeconds) {
    this.pg = pg;
    this.direct = direct;
    this.dynasql = dynasql;
    this.loadSeconds = loadSeconds;
  }

  /** Starts the server, loads both tables, and opens {@code jdbc:dynasql:mem:<name>} with the source. */
  static FederatedData start(String name) throws IOException, SQLException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .start();
    Connection direct = pg.getPostgresDatabase().getConnection();
    long start = System.nanoTime();
    try (Statement s = direct.createStatement()) {
      s.execute("CREATE EXTENSION pg_stat_statements");
      s.execute(ORDERS_DDL);
      s.execute("INSERT INTO orders_pg SELECT g, g % " + CUSTOMERS + ", (g % 10007) / 100.0, "
          + "CASE WHEN g % 3 = 0 THEN 'OPEN' ELSE 'SHIPPED' END FROM generate_series(0, " + (ORDERS - 1) + ") g");
      s.execute("CREATE INDEX orders_pg_customer ON orders_pg (customer_id)");
      s.execute(CUSTOMERS_DDL);
      s.execute("INSERT INTO customers SELECT " + region("g") + ", g, 'customer-' || g FROM generate_series(0, "
          + (CUSTOMERS - 1) + ") g");
      s.execute("VACUUM ANALYZE orders_pg"); // statistics for dynasql's estimates (pg_class.reltuples) and PostgreSQL's plans
      s.execute("VACUUM ANALYZE customers");
    }
    double load = (System.nanoTime() - start) / 1e9;
    Connection dynasql = DriverManager.getConnection("jdbc:dynasql:mem:" + name);
    try (Statement s = dynasql.createStatement()) {
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "postgres") + "', pool_size '4')");
      s.execute(CUSTOMERS_DDL);
      s.execute("INSERT INTO customers SELECT region, id, name FROM pg.public.customers");
    }
    return new FederatedData(pg, direct, dynasql, load);
  }

  /** PostgreSQL's expression for the region of customer {@code id}: {@code r007}. */
  private static String region(String id) {
    return "'r' || lpad((" + id + " % " + REGIONS + ")::text, 3, '0')";
  }

  /** The region of a customer number, as {@link #region(String)} computes it in PostgreSQL. */
  static String region(long i) {
    long r = i % REGIONS; // not String.format: it would cost more than some of the queries measured
    return (r < 10 ? "r00" : r < 100 ? "r0" : "r") + r;
  }

  @Override
  public void close() throws IOException, SQLException {
    try {
      dynasql.close();
      direct.close();
    } finally {
      pg.close();
    }
  }
}
