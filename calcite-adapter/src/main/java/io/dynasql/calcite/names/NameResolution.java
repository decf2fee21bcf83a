package io.dynasql.calcite.names;

import io.dynasql.calcite.dml.StatementStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * dynasql's identifier rule, applied before Calcite sees a statement: a quoted name is exact;
 * an unquoted one matches the stored names ignoring case and is rewritten to the one it
 * matches, quoted; matching several is an {@link AmbiguousNameException}. Calcite then runs
 * case-sensitively, so two tables (or columns) whose names differ only in case stay apart.
 * Statements Calcite's parser does not read (dynasql's DDL) pass through unchanged.
 */
public final class NameResolution {
  /** The statement to run, and its parse tree (renamed too), or null when it did not parse. */
  public record Resolved(String sql, SqlNode tree) {}

  private static final Set<String> PARSED = Set.of("SELECT", "WITH", "VALUES", "INSERT", "UPSERT", "UPDATE",
      "DELETE", "EXPLAIN", "");

  private NameResolution() {}

  /** {@code sql} with its names resolved against {@code names}. */
  public static Resolved resolve(String sql, KnownNames names) {
    if (!PARSED.contains(StatementStart.firstWord(sql))) return new Resolved(sql, null);
    SqlNode tree;
    try {
      tree = SqlParser.create(sql, io.dynasql.calcite.CalciteConfig.PARSER).parseStmt();
    } catch (SqlParseException e) {
      return new Resolved(sql, null); // Calcite reports the syntax error on the original text
    }
    List<IdentifierResolver.Rename> renames = IdentifierResolver.resolve(tree, names);
    if (renames.isEmpty()) return new Resolved(sql, tree);
    String spliced = TextSplice.apply(sql, renames);
    for (IdentifierResolver.Rename r : renames) rename(r);
    return new Resolved(spliced != null ? spliced : tree.toSqlString(CalciteSqlDialect.DEFAULT).getSql(), tree);
  }

  private static void rename(IdentifierResolver.Rename r) {
    SqlIdentifier id = r.id();
    List<String> parts = new ArrayList<>(id.names);
    parts.set(r.index(), r.exact());
    List<org.apache.calcite.sql.parser.SqlParserPos> positions = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) positions.add(id.getComponentParserPosition(i));
    id.setNames(parts, positions);
  }
}
