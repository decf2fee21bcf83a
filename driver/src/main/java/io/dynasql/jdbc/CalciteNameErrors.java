package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.calcite.runtime.Resources;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.apache.calcite.util.Static;

/**
 * The SQLState of a Calcite validation error. dynasql's own name resolution raises typed
 * exceptions for the unknown tables and columns it can see (io.dynasql.calcite.names); what is
 * left to Calcite (a catalog-qualified table, a column of a VALUES list or table function) comes
 * as a {@link SqlValidatorException} whose type does not say which error it is. This is the one
 * place that tells them apart, and it does so by Calcite's own message templates
 * ({@code CalciteResource}), instantiated here, not by words written in dynasql.
 */
final class CalciteNameErrors {
  private static final String MARK = "\u0001";
  private static final Pattern COLUMN = anyOf(List.of(
      Static.RESOURCE.columnNotFound(MARK), Static.RESOURCE.columnNotFoundDidYouMean(MARK, MARK),
      Static.RESOURCE.columnNotFoundInTable(MARK, MARK), Static.RESOURCE.columnNotFoundInTableDidYouMean(MARK, MARK, MARK),
      Static.RESOURCE.unknownTargetColumn(MARK)));
  private static final Pattern TABLE = anyOf(List.of(
      Static.RESOURCE.tableNameNotFound(MARK), Static.RESOURCE.tableNameNotFoundDidYouMean(MARK, MARK),
      Static.RESOURCE.objectNotFound(MARK), Static.RESOURCE.objectNotFoundWithin(MARK, MARK),
      Static.RESOURCE.objectNotFoundDidYouMean(MARK, MARK), Static.RESOURCE.objectNotFoundWithinDidYouMean(MARK, MARK, MARK),
      Static.RESOURCE.schemaNotFound(MARK)));

  private static final Pattern AMBIGUOUS = anyOf(List.of(Static.RESOURCE.columnAmbiguous(MARK)));

  private CalciteNameErrors() {}

  /** 42S22 for a column not found, 42S02 for a table (or schema) not found, 42702 for an ambiguous column, else 42000. */
  static SqlState of(String message) {
    if (AMBIGUOUS.matcher(message).find()) return SqlState.AMBIGUOUS_NAME;
    if (COLUMN.matcher(message).find()) return SqlState.COLUMN_NOT_FOUND;
    if (TABLE.matcher(message).find()) return SqlState.TABLE_NOT_FOUND;
    return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE;
  }

  /** A pattern matching any of the templates' messages, each argument standing for any text. */
  private static Pattern anyOf(List<Resources.ExInst<SqlValidatorException>> templates) {
    return Pattern.compile(templates.stream()
        .map(t -> Pattern.quote(t.str()).replace(MARK, "\\E.*?\\Q"))
        .collect(Collectors.joining("|", "(?s)(?:", ")")));
  }
}
