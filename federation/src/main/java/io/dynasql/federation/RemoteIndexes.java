package io.dynasql.federation;

import io.dynasql.federation.schema.RemoteIndexColumn;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The indexes of one source table from the source's {@code DatabaseMetaData.getIndexInfo}, read
 * with the table list. {@code approximate} is asked for, so a database may answer from its
 * statistics instead of counting; the rows of kind {@code tableIndexStatistic} (table
 * statistics, not an index) are left out. A source whose driver does not answer lists none.
 */
final class RemoteIndexes {
  private RemoteIndexes() {}

  /** The index columns of table {@code n} ([catalog, schema, name]), by index name and position. */
  static List<RemoteIndexColumn> read(DatabaseMetaData md, String[] n) {
    List<RemoteIndexColumn> out = new ArrayList<>();
    try (ResultSet rs = md.getIndexInfo(n[0], n[1], n[2], false, true)) {
      while (rs.next()) {
        if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || rs.getString("INDEX_NAME") == null) continue;
        if (!n[2].equals(rs.getString("TABLE_NAME"))) continue;
        long cardinality = rs.getLong("CARDINALITY");
        if (rs.wasNull()) cardinality = -1;
        out.add(new RemoteIndexColumn(rs.getString("INDEX_NAME"), rs.getBoolean("NON_UNIQUE"), rs.getShort("ORDINAL_POSITION"),
            rs.getString("COLUMN_NAME"), rs.getString("ASC_OR_DESC"), cardinality));
      }
    } catch (SQLException e) {
      return List.of(); // index information only describes the table: a driver that cannot give it lists none
    }
    out.sort(Comparator.comparing(RemoteIndexColumn::index).thenComparingInt(RemoteIndexColumn::ordinal));
    return out;
  }
}
