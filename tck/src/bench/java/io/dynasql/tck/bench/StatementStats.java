package io.dynasql.tck.bench;

import io.dynasql.jdbc.AccessLine;
import io.dynasql.jdbc.DynasqlStatement;
import io.dynasql.pushdown.AccessKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Checks a federated statement's REMOTE_SQL label against what PostgreSQL itself counted for the
 * statement it received (pg_stat_statements, https://www.postgresql.org/docs/current/pgstatstatements.html):
 * the statistics are reset, the statement runs once, and the label's rows must equal the
 * {@code rows} that pg_stat_statements recorded for the query whose text is the label's.
 */
final class StatementStats {
  /** The label's rows and PostgreSQL's rows and calls for its statement. */
  record Check(long labelRows, long pgStatRows, long pgStatCalls, String sql) {}

  private StatementStats() {}

  static Check check(Connection direct, PreparedStatement federated, String region) throws SQLException {
    try (Statement s = direct.createStatement()) {
      s.execute("SELECT pg_stat_statements_reset()");
    }
    federated.setString(1, region);
    try (ResultSet rs = federated.executeQuery()) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
    List<AccessLine> lines = federated.unwrap(DynasqlStatement.class).accessLines();
    AccessLine remote = lines.stream().filter(l -> l.record().kind() == AccessKind.REMOTE_SQL).findFirst()
        .orElseThrow(() -> new IllegalStateException("no REMOTE_SQL line in " + lines));
    String sql = remote.record().remote().sql();
    long rows = 0;
    long calls = 0;
    try (Statement s = direct.createStatement();
        ResultSet rs = s.executeQuery("SELECT query, calls, rows FROM pg_stat_statements")) {
      while (rs.next()) {
        if (normal(rs.getString(1)).equals(normal(sql))) {
          calls += rs.getLong(2);
          rows += rs.getLong(3);
        }
      }
    }
    long label = remote.record().itemsReturned();
    if (calls == 0 || rows != label) {
      throw new IllegalStateException("label " + remote + " but pg_stat_statements has " + rows + " rows in " + calls
          + " calls of " + sql);
    }
    return new Check(label, rows, calls, sql);
  }

  /**
   * A statement's text with its parameters written alike: JDBC's {@code ?} and PostgreSQL's
   * {@code $n} become {@code ?}, and a list of them, which PostgreSQL 18 records as
   * {@code ($1 /*, ... *}{@code /)}, becomes {@code (?...)}.
   */
  static String normal(String sql) {
    return sql.replaceAll("\\$[0-9]+", "?")
        .replace(" /*, ... */", "")
        .replaceAll("\\(\\?(, \\?)*\\)", "(?...)");
  }
}
