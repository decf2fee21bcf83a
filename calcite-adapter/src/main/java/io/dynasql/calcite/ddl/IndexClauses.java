package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.ProjectionType;
import java.util.ArrayList;
import java.util.List;

/** The clauses keys and indexes share: a key column list and an index projection. */
final class IndexClauses {
  /** A DynamoDB key is a partition key and at most one sort key. */
  static final int MAX_KEY_COLUMNS = 2;

  private IndexClauses() {}

  /**
   * {@code (a [, b])}: at most two distinct columns, returned as their name tokens so that later
   * checks can point at them.
   *
   * @param what the clause, for messages, e.g. "PRIMARY KEY" or "key of index byStatus"
   * @param after what precedes the opening parenthesis, for messages
   */
  static List<Token> keyColumns(Tokens tokens, String what, String after) {
    tokens.expectSymbol('(', after);
    List<Token> columns = new ArrayList<>();
    do {
      Token column = tokens.name("a column name", columns.isEmpty() ? "'(' of the " + what : "',' in the " + what);
      for (Token prior : columns) {
        if (prior.text().equals(column.text())) {
          throw Tokens.at(column, "Column " + column.text() + " appears twice in the " + what);
        }
      }
      if (columns.size() == MAX_KEY_COLUMNS) {
        throw Tokens.at(column, "Expected at most " + MAX_KEY_COLUMNS + " columns (partition key, sort key) in the "
            + what + " but found a third, " + column.describe());
      }
      columns.add(column);
    } while (tokens.acceptSymbol(','));
    tokens.expectSymbol(')', "the columns of the " + what);
    return columns;
  }

  /** An optional {@code INCLUDE (a, ...) | KEYS_ONLY | ALL}; ALL when none is written. */
  static Projection projection(Tokens tokens) {
    if (tokens.accept("KEYS_ONLY")) return new Projection(ProjectionType.KEYS_ONLY, List.of());
    if (tokens.accept("ALL")) return Projection.ALL;
    if (!tokens.accept("INCLUDE")) return Projection.ALL;
    tokens.expectSymbol('(', "INCLUDE");
    List<String> names = new ArrayList<>();
    do {
      names.add(tokens.name("an attribute name", names.isEmpty() ? "INCLUDE (" : "',' in INCLUDE").text());
    } while (tokens.acceptSymbol(','));
    tokens.expectSymbol(')', "the INCLUDE list");
    return new Projection(ProjectionType.INCLUDE, names);
  }
}
