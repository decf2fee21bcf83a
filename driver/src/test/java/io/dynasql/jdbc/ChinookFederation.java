package io.dynasql.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Chinook twice, once per JVM: all 11 tables in PostgreSQL database {@code chinook_a} (the
 * reference), and split across dynasql (Track, PlaylistTrack, Genre, MediaType), PostgreSQL
 * database {@code chinook_b} (Employee, Customer, Invoice, InvoiceLine, source {@code pgb}) and
 * MariaDB (Album, Artist, Playlist, source {@code my}), read through two connections to one
 * dynasql database: pushdown on and {@code pushdown=false}. The split puts foreign keys within
 * one source (Invoice-InvoiceLine, Album-Artist, Employee-Employee) and across all three.
 */
final class ChinookFederation {
  /** Where a table lives on the federated side. */
  enum Place { DYNASQL, POSTGRES, MARIADB }

  static final Map<String, Place> PLACES = Map.ofEntries(Map.entry("Track", Place.DYNASQL),
      Map.entry("PlaylistTrack", Place.DYNASQL), Map.entry("Genre", Place.DYNASQL), Map.entry("MediaType", Place.DYNASQL),
      Map.entry("Employee", Place.POSTGRES), Map.entry("Customer", Place.POSTGRES), Map.entry("Invoice", Place.POSTGRES),
      Map.entry("InvoiceLine", Place.POSTGRES), Map.entry("Album", Place.MARIADB), Map.entry("Artist", Place.MARIADB),
      Map.entry("Playlist", Place.MARIADB));

  private static ChinookFederation shared;

  final Map<String, ChinookTables.Table> tables;
  /** PostgreSQL, every table (lower-case names, written unquoted in queries). */
  final Connection reference;
  /** dynasql with pushdown (the default). */
  final Connection on;
  /** dynasql with {@code pushdown=false}: every table and source table read whole. */
  final Connection off;

  private ChinookFederation(Map<String, ChinookTables.Table> tables, Connection reference, Connection on, Connection off) {
    this.tables = tables;
    this.reference = reference;
    this.on = on;
    this.off = off;
  }

  /** The fixture, loaded on first use; its connections stay open until the JVM exits. */
  static synchronized ChinookFederation get() throws Exception {
    if (shared == null) shared = load();
    return shared;
  }

  /** How a federated query names {@code table} (in any case: unquoted names match ignoring case). */
  static String federatedName(String table) {
    Place place = PLACES.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).findFirst().orElseThrow().getValue();
    switch (place) {
      case POSTGRES: return "pgb.public." + table;
      case MARIADB: return "my." + table;
      default: return table;
    }
  }

  private static ChinookFederation load() throws Exception {
    Map<String, ChinookTables.Table> tables = ChinookTables.all();
    EmbeddedPostgres pg = SharedPostgres.get();
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE chinook_a");
      s.execute("CREATE DATABASE chinook_b");
    }
    Connection reference = DriverManager.getConnection(pg.getJdbcUrl("postgres", "chinook_a"));
    String mariaUrl = SharedMariaDb.url("chinook");
    Connection on = DriverManager.getConnection("jdbc:dynasql:mem:chinook_fed;scan=allow");
    try (Connection b = DriverManager.getConnection(pg.getJdbcUrl("postgres", "chinook_b"));
        Connection maria = DriverManager.getConnection(mariaUrl)) {
      for (ChinookTables.Table t : tables.values()) {
        ChinookCopies.copy(reference, ChinookCopies.Target.POSTGRES, t);
        switch (PLACES.get(t.name())) {
          case POSTGRES -> ChinookCopies.copy(b, ChinookCopies.Target.POSTGRES, t);
          case MARIADB -> ChinookCopies.copy(maria, ChinookCopies.Target.MARIADB, t);
          case DYNASQL -> ChinookCopies.copy(on, ChinookCopies.Target.DYNASQL, t);
        }
      }
      analyze(reference);
      analyze(b);
    }
    try (Statement s = on.createStatement()) {
      s.execute("CREATE SOURCE pgb TYPE JDBC OPTIONS (url '" + pg.getJdbcUrl("postgres", "chinook_b") + "', pool_size '4')");
      s.execute("CREATE SOURCE my TYPE JDBC OPTIONS (url '" + mariaUrl + "', pool_size '4')");
    }
    Connection off = DriverManager.getConnection("jdbc:dynasql:mem:chinook_fed;scan=allow;pushdown=false");
    return new ChinookFederation(tables, reference, on, off);
  }

  /** Statistics for PostgreSQL's planner and for dynasql's estimates (pg_class.reltuples). */
  private static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }
}
