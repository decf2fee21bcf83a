package io.dynasql.federation;

import io.dynasql.federation.schema.RemoteTableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalDouble;

/**
 * How many rows a source's table holds by the source's own statistics, read with one cheap
 * catalog query (never a COUNT(*) of the table): PostgreSQL's {@code pg_class.reltuples}, H2's
 * {@code INFORMATION_SCHEMA.TABLES.ROW_COUNT_ESTIMATE}, SQLite's {@code sqlite_stat1} (written by
 * ANALYZE), MariaDB/MySQL's {@code information_schema.TABLES.TABLE_ROWS}. Empty when the source
 * keeps none (never analysed, another database).
 */
final class TableRowCount {
  private TableRowCount() {}

  static OptionalDouble read(Connection c, Dialect dialect, RemoteTableDef t) throws SQLException {
    String schema = t.schema() != null ? t.schema() : t.catalog();
    return switch (dialect) {
      // https://www.postgresql.org/docs/current/catalog-pg-class.html : -1 when never vacuumed or analysed
      case POSTGRESQL -> first(c, "SELECT c.reltuples FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
          + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?", schema, t.name());
      // https://www.h2database.com/html/systemtables.html#information_schema_tables
      case H2 -> first(c, "SELECT ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
          schema, t.name());
      // https://www.sqlite.org/fileformat2.html#stat1tab : the first number of stat is the table's rows
      case SQLITE -> sqlite(c, t.name());
      // https://mariadb.com/kb/en/information-schema-tables-table/ : an estimate for InnoDB
      case MARIADB -> first(c, "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
          schema, t.name());
      case GENERIC -> OptionalDouble.empty();
    };
  }

  private static OptionalDouble first(Connection c, String sql, String schema, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) return OptionalDouble.empty();
        double rows = rs.getDouble(1);
        return rs.wasNull() || rows < 0 ? OptionalDouble.empty() : OptionalDouble.of(rows);
      }
    }
  }

  private static OptionalDouble sqlite(Connection c, String table) throws SQLException {
    try (ResultSet tables = c.getMetaData().getTables(null, null, "sqlite_stat1", null)) {
      if (!tables.next()) return OptionalDouble.empty(); // ANALYZE never ran
    }
    try (PreparedStatement s = c.prepareStatement("SELECT stat FROM sqlite_stat1 WHERE tbl = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) return OptionalDouble.empty();
        String rows = rs.getString(1).trim().split(" ")[0];
        return rows.matches("[0-9]+") ? OptionalDouble.of(Double.parseDouble(rows)) : OptionalDouble.empty();
      }
    }
  }
}
