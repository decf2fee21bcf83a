package io.dynasql.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a {@link ChinookTables.Table} into a database: CREATE TABLE in its dialect (with the
 * primary key, names unquoted as a user of that database writes them), then every row through
 * one prepared INSERT sent in JDBC batches.
 */
final class ChinookCopies {
  /** How each database is written to. */
  enum Target {
    /** PostgreSQL: unquoted names, so stored lower case (track.trackid), as PostgreSQL users have them. */
    POSTGRES,
    /** MariaDB: names keep Chinook's case (Album.AlbumId); utf8mb4 keeps every character. */
    MARIADB,
    /** dynasql: DDL with a PRIMARY KEY (partition key, and sort key for PlaylistTrack); names keep their case. */
    DYNASQL
  }

  private static final int BATCH = 500;

  private ChinookCopies() {}

  static void copy(Connection c, Target target, ChinookTables.Table t) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(ddl(target, t));
    }
    List<String> names = new ArrayList<>();
    for (ChinookTables.Column col : t.columns()) names.add(col.name());
    String insert = "INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      int pending = 0;
      for (Object[] row : t.rows()) {
        for (int i = 0; i < row.length; i++) bind(ps, i + 1, t.columns().get(i), row[i]);
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int i, ChinookTables.Column col, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, col.jdbcType());
    } else if (v instanceof java.time.LocalDate d) {
      ps.setDate(i, java.sql.Date.valueOf(d));
    } else {
      ps.setObject(i, v, col.jdbcType());
    }
  }

  static String ddl(Target target, ChinookTables.Table t) {
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(t.name()).append(" (");
    for (ChinookTables.Column c : t.columns()) {
      b.append(c.name()).append(' ').append(type(target, c));
      if (!c.nullable() && target != Target.DYNASQL) b.append(" NOT NULL");
      b.append(", ");
    }
    b.append("PRIMARY KEY (").append(String.join(", ", t.key())).append("))");
    if (target == Target.MARIADB) b.append(" DEFAULT CHARSET=utf8mb4");
    return b.toString();
  }

  private static String type(Target target, ChinookTables.Column c) {
    switch (c.jdbcType()) {
      case Types.INTEGER:
        return "INTEGER";
      case Types.VARCHAR:
        return "VARCHAR(" + c.size() + ")";
      case Types.DATE:
        return "DATE";
      case Types.DECIMAL:
      case Types.NUMERIC:
        return "DECIMAL(" + c.size() + ", " + c.scale() + ")";
      default:
        throw new IllegalStateException("Chinook column " + c + " of an unexpected type for " + target);
    }
  }
}
