package io.dynasql.tck.cost;

import io.dynasql.jdbc.AccessLine;
import io.dynasql.jdbc.DynasqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a case's SQL over JDBC and collects its labels: the statement's access lines and, for a
 * transaction, the WRITE lines its commit logged in {@code sys.access_log} (statement text COMMIT).
 */
final class SqlSide {
  /** A statement's labels: its units, and whether every write line is atomic on DynamoDB. */
  record Label(Units units, boolean allAtomic, int lines) {}

  private final Connection conn;

  SqlSide(Connection conn) {
    this.conn = conn;
  }

  Label run(CostCase c) throws SQLException {
    List<AccessLine> lines = new ArrayList<>();
    switch (c.mode()) {
      case QUERY, MAX_ROWS -> {
        try (Statement st = conn.createStatement()) {
          if (c.mode() == CostCase.Mode.MAX_ROWS) st.setMaxRows((Integer) c.params().get(0).get(0));
          try (ResultSet rs = st.executeQuery(c.sql())) {
            while (rs.next()) rs.getObject(1);
          }
          lines.addAll(st.unwrap(DynasqlStatement.class).accessLines());
        }
      }
      case PREPARED -> {
        try (PreparedStatement ps = conn.prepareStatement(c.sql())) {
          List<Object> row = c.params().get(0);
          for (int i = 0; i < row.size(); i++) ps.setObject(i + 1, row.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rs.getObject(1);
          }
          lines.addAll(ps.unwrap(DynasqlStatement.class).accessLines());
        }
      }
      case UPDATE -> {
        try (Statement st = conn.createStatement()) {
          st.executeUpdate(c.sql());
          lines.addAll(st.unwrap(DynasqlStatement.class).accessLines());
        }
      }
      case BATCH -> {
        try (PreparedStatement ps = conn.prepareStatement(c.sql())) {
          for (List<Object> row : c.params()) {
            for (int i = 0; i < row.size(); i++) ps.setObject(i + 1, row.get(i));
            ps.addBatch();
          }
          ps.executeBatch();
          lines.addAll(ps.unwrap(DynasqlStatement.class).accessLines());
        }
      }
      case TRANSACTION -> {
        return transaction(c);
      }
    }
    boolean atomic = lines.stream().allMatch(l -> l.record().atomicOnDynamo());
    return new Label(Units.of(lines), atomic, lines.size());
  }

  private Label transaction(CostCase c) throws SQLException {
    List<AccessLine> lines = new ArrayList<>();
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      for (String sql : c.sql().split("; ")) {
        st.executeUpdate(sql);
        lines.addAll(st.unwrap(DynasqlStatement.class).accessLines());
      }
      conn.commit();
    } finally {
      conn.setAutoCommit(true);
    }
    Units units = Units.of(lines);
    boolean atomic = lines.stream().allMatch(l -> l.record().atomicOnDynamo());
    int count = lines.size();
    String last = "SELECT table_name, index_name, access, read_units, write_units, atomic_on_dynamodb FROM sys.access_log"
        + " WHERE statement_id = (SELECT MAX(statement_id) FROM sys.access_log WHERE \"sql\" = 'COMMIT')";
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(last)) {
      while (rs.next()) {
        String line = Units.line(rs.getString(1), rs.getString(2));
        boolean write = "WRITE".equals(rs.getString(3));
        units = units.plus(new Units(write ? Map.of() : Map.of(line, rs.getDouble(4)), write ? Map.of(line, rs.getDouble(5)) : Map.of()));
        atomic &= rs.getBoolean(6);
        count++;
      }
    }
    return new Label(units, atomic, count);
  }
}
