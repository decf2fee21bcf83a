package io.dynasql.calcite.ddl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one row a statement that starts a DynamoDB job answers with, as the API's response does:
 * BACKUP TABLE (CreateBackup's BackupDetails, with the backed-up table and its item count from
 * DescribeBackup), EXPORT TABLE (ExportTableToPointInTime's ExportDescription) and IMPORT TABLE
 * (ImportTable's ImportTableDescription). The ARN is what a user needs next (RESTORE ... FROM
 * BACKUP, DescribeExport), so these read like a query rather than an update count.
 *
 * @param columns the row's columns, in order
 * @param values the row's values, in the columns' order (null where the API has none)
 */
public record DdlAnswer(List<Column> columns, List<Object> values) {
  public DdlAnswer {
    columns = List.copyOf(columns);
    values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A column's SQL type: text, a count, or a time (an {@link Instant}). */
  public enum Type { VARCHAR, BIGINT, TIMESTAMP }

  /** One column of the answer. */
  public record Column(String name, Type type) {}

  /** Whether {@code s} answers with a row (the others answer with an update count of 0). */
  public static boolean answers(DdlStatement s) {
    return s instanceof DdlStatement.BackupTable || s instanceof DdlStatement.ExportTable
        || s instanceof DdlStatement.ImportTable;
  }

  /** Builds an answer a column at a time. */
  static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    Builder text(String name, Object value) {
      return add(name, Type.VARCHAR, value == null ? null : value.toString());
    }

    Builder count(String name, long value) {
      return add(name, Type.BIGINT, value);
    }

    Builder time(String name, Instant value) {
      return add(name, Type.TIMESTAMP, value);
    }

    private Builder add(String name, Type type, Object value) {
      columns.add(new Column(name, type));
      values.add(value);
      return this;
    }

    DdlAnswer build() {
      return new DdlAnswer(columns, values);
    }
  }
}
