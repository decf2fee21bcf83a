package io.dynasql.jdbc.metadata;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A result set as text: one line of column labels with their JDBC types, then one line per row. */
final class ResultSetText {
  private ResultSetText() {}

  static List<String> of(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    ResultSetMetaData m = rs.getMetaData();
    StringBuilder head = new StringBuilder("  columns:");
    for (int i = 1; i <= m.getColumnCount(); i++) {
      head.append(' ').append(m.getColumnLabel(i)).append(':').append(m.getColumnType(i));
    }
    out.add(head.toString());
    while (rs.next()) {
      StringBuilder row = new StringBuilder("  |");
      for (int i = 1; i <= m.getColumnCount(); i++) row.append(' ').append(rs.getString(i)).append(" |");
      out.add(row.toString());
    }
    return out;
  }
}
