package io.dynasql.calcite.dml;

import java.util.Optional;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * DML statements of the tests, from their text: parsed with the connection's parser configuration,
 * then recognised from the tree ({@link DmlParser#of}) as the driver recognises what name
 * resolution parsed. The driver itself never parses a statement's text a second time, so this
 * lives with the tests.
 */
final class DmlTexts {
  private DmlTexts() {}

  /** The statement, or empty when {@code sql} is not DML by its first word; throws when DML is malformed. */
  static Optional<DmlStatement> parse(String sql) throws SqlParseException {
    if (!DmlParser.isDml(sql)) return Optional.empty();
    return DmlParser.of(SqlParser.create(sql, io.dynasql.calcite.CalciteConfig.PARSER).parseStmt());
  }
}
