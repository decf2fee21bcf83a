package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlAnswer;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * The result set of a statement that answers with one row ({@link DdlAnswer}: BACKUP TABLE,
 * EXPORT TABLE, IMPORT TABLE). Times are TIMESTAMP columns in UTC, read as the session reads a
 * TIMESTAMP computed by a query (milliseconds of UTC wall time).
 */
final class DdlAnswers {
  private static final ColumnMetaData.ScalarType VARCHAR =
      ColumnMetaData.scalar(Types.VARCHAR, "VARCHAR", ColumnMetaData.Rep.STRING);
  private static final ColumnMetaData.ScalarType BIGINT =
      ColumnMetaData.scalar(Types.BIGINT, "BIGINT", ColumnMetaData.Rep.LONG);
  private static final ColumnMetaData.ScalarType TIMESTAMP =
      ColumnMetaData.scalar(Types.TIMESTAMP, "TIMESTAMP", ColumnMetaData.Rep.LONG);

  private DdlAnswers() {}

  /** The answer's columns, all nullable (an export's manifest, an import's error log may be absent). */
  static List<ColumnMetaData> columns(DdlAnswer a) {
    List<ColumnMetaData> out = new ArrayList<>();
    for (DdlAnswer.Column c : a.columns()) {
      ColumnMetaData.ScalarType type = switch (c.type()) {
        case VARCHAR -> VARCHAR;
        case BIGINT -> BIGINT;
        case TIMESTAMP -> TIMESTAMP;
      };
      out.add(ArrayResults.column(out.size(), c.name(), type, true));
    }
    return out;
  }

  /** The one row, its times as milliseconds since the epoch. */
  static List<Object[]> rows(DdlAnswer a) {
    Object[] row = a.values().toArray();
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof Instant t) row[i] = t.toEpochMilli();
    }
    return java.util.Collections.singletonList(row);
  }
}
