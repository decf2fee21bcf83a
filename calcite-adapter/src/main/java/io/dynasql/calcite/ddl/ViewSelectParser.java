package io.dynasql.calcite.ddl;

import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.model.RollupFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses what CREATE MATERIALIZED VIEW and REFRESH / DROP MATERIALIZED VIEW say after their first
 * words. The view's query is the one shape a view can keep exact from each write alone:
 * {@code SELECT g, ..., COUNT(*), COUNT(a), SUM(a), AVG(a) [AS name] FROM table GROUP BY g, ...};
 * anything else is a {@link DdlSyntaxException} that says what is allowed. MIN and MAX are refused:
 * deleting a group's minimum would need the rest of the group read again.
 */
final class ViewSelectParser {
  private ViewSelectParser() {}

  /** A statement whose second word is MATERIALIZED (the first is CREATE, DROP or REFRESH). */
  static DdlStatement parse(Tokens tokens) {
    Token verb = tokens.next();
    tokens.next();
    tokens.expectKeyword("VIEW", verb.upper() + " MATERIALIZED");
    if (verb.isKeyword("CREATE")) return create(tokens);
    return verb.isKeyword("DROP") ? drop(tokens) : refresh(tokens);
  }

  /** After {@code CREATE MATERIALIZED VIEW}. */
  static DdlStatement.CreateMaterializedView create(Tokens tokens) {
    boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
    Token view = tokens.name("a view name", ifNotExists ? "IF NOT EXISTS" : "CREATE MATERIALIZED VIEW");
    tokens.expectKeyword("AS", "view name " + view.text());
    tokens.expectKeyword("SELECT", "AS");
    List<Token> columns = new ArrayList<>();
    List<RollupAggregate> aggregates = new ArrayList<>();
    do {
      item(tokens, columns, aggregates);
    } while (tokens.acceptSymbol(','));
    tokens.expectKeyword("FROM", "the select list");
    Token table = tokens.name("a table name", "FROM");
    if (tokens.peek().isKeyword("WHERE") || tokens.peek().isKeyword("JOIN") || tokens.peek().isSymbol(',')) {
      throw Tokens.at(tokens.peek(), "A materialized view reads one whole table: " + tokens.peek().describe()
          + " is not supported (write FROM " + table.text() + " GROUP BY ...)");
    }
    if (!tokens.accept("GROUP", "BY")) {
      throw Tokens.at(tokens.peek(), "A materialized view needs GROUP BY (it keeps one row per group): expected GROUP BY"
          + " after table name " + table.text() + " but found " + tokens.peek().describe());
    }
    Set<String> groupBy = new LinkedHashSet<>();
    do {
      Token g = tokens.name("a column name", groupBy.isEmpty() ? "GROUP BY" : "','");
      if (!groupBy.add(g.text())) throw Tokens.at(g, "Column " + g.text() + " appears twice in GROUP BY");
    } while (tokens.acceptSymbol(','));
    for (Token c : columns) {
      if (!groupBy.contains(c.text())) {
        throw Tokens.at(c, "Column " + c.text() + " is selected but not in GROUP BY; a materialized view's columns are"
            + " its GROUP BY columns and aggregates");
      }
    }
    tokens.end("GROUP BY list");
    return new DdlStatement.CreateMaterializedView(view.text(), table.text(), ifNotExists, List.copyOf(groupBy), aggregates);
  }

  private static void item(Tokens tokens, List<Token> columns, List<RollupAggregate> aggregates) {
    Token first = tokens.name("a column or aggregate", columns.isEmpty() && aggregates.isEmpty() ? "SELECT" : "','");
    if (!tokens.acceptSymbol('(')) {
      columns.add(first);
      return;
    }
    String fn = first.upper();
    if (fn.equals("MIN") || fn.equals("MAX")) {
      throw Tokens.at(first, fn + " cannot be kept in a materialized view: deleting the group's " + fn.toLowerCase(Locale.ROOT)
          + " would need the rest of the group read again. Kept: COUNT(*), COUNT(column), SUM(column), AVG(column)");
    }
    RollupFunction function;
    String attribute = null;
    if (fn.equals("COUNT") && tokens.acceptSymbol('*')) {
      function = RollupFunction.COUNT_STAR;
    } else {
      function = switch (fn) {
        case "COUNT" -> RollupFunction.COUNT;
        case "SUM" -> RollupFunction.SUM;
        case "AVG" -> RollupFunction.AVG;
        default -> throw Tokens.at(first, "Aggregate " + first.text() + " cannot be kept in a materialized view. Kept:"
            + " COUNT(*), COUNT(column), SUM(column), AVG(column)");
      };
      if (tokens.peek().isKeyword("DISTINCT")) {
        throw Tokens.at(tokens.peek(), fn + "(DISTINCT ...) cannot be kept in a materialized view");
      }
      attribute = tokens.name("a column name", fn + "(").text();
    }
    tokens.expectSymbol(')', fn + "(" + (attribute == null ? "*" : attribute));
    String alias = tokens.accept("AS") ? tokens.name("a column name", "AS").text() : defaultAlias(function, attribute);
    aggregates.add(new RollupAggregate(function, attribute, alias));
  }

  private static String defaultAlias(RollupFunction f, String attribute) {
    return f == RollupFunction.COUNT_STAR ? "count" : f.name().toLowerCase(Locale.ROOT) + "_" + attribute;
  }

  /** After {@code DROP MATERIALIZED VIEW}. */
  static DdlStatement.DropMaterializedView drop(Tokens tokens) {
    boolean ifExists = tokens.accept("IF", "EXISTS");
    Token view = tokens.name("a view name", ifExists ? "IF EXISTS" : "DROP MATERIALIZED VIEW");
    tokens.end("view name " + view.text());
    return new DdlStatement.DropMaterializedView(view.text(), ifExists);
  }

  /** After {@code REFRESH MATERIALIZED VIEW}. */
  static DdlStatement.RefreshMaterializedView refresh(Tokens tokens) {
    Token view = tokens.name("a view name", "REFRESH MATERIALIZED VIEW");
    tokens.end("view name " + view.text());
    return new DdlStatement.RefreshMaterializedView(view.text());
  }
}
