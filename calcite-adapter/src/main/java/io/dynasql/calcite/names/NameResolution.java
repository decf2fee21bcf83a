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
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * dynasql's identifier rule, applied before Calcite sees a statement: a quoted name is exact;
 * an unquoted one matches the stored names ignoring case and is rewritten to the one it
 * matches, quoted; matching several is an {@link AmbiguousNameException}. Calcite then runs
 * case-sensitively, so two tables (or columns) whose names differ only in case stay apart.
 * Statements Calcite's parser does not read (dynasql's DDL) pass through unchanged.
 */
public final class NameResolution {
  /**
   * The statement to run and its parse tree (renamed too); when it did not parse, the tree is null
   * and {@code error} says why (reported as it is: the text is not parsed again), and when it is not
   * a statement Calcite's parser reads (dynasql's DDL), both are null.
   */
  public record Resolved(String sql, SqlNode tree, SqlParseException error) {
    /** A statement that parsed, or that was not parsed at all ({@code tree} null). */
    public Resolved(String sql, SqlNode tree) {
      this(sql, tree, null);
    }
  }

  private static final Set<String> PARSED = Set.of("SELECT", "WITH", "VALUES", "INSERT", "UPSERT", "UPDATE",
      "DELETE", "EXPLAIN", "");

  private NameResolution() {}

  /**
   * {@code sql} with its names resolved against {@code names}, parsed once, after a reserved word
   * used as an alias has been quoted ({@link ReservedAliases}).
   */
  public static Resolved resolve(String written, KnownNames names) {
    if (!PARSED.contains(StatementStart.firstWord(written))) return new Resolved(written, null);
    String sql = ReservedAliases.quote(written);
    SqlNode tree;
    try {
      tree = SqlParser.create(sql, io.dynasql.calcite.CalciteConfig.PARSER).parseStmt();
    } catch (SqlParseException e) {
      return new Resolved(sql, null, e);
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
    List<SqlParserPos> positions = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      // quoted, as the resolved text writes it: an exact name, never read as a function such as CURRENT_DATE
      SqlParserPos pos = id.getComponentParserPosition(i);
      positions.add(i == r.index() ? pos.withQuoting(true) : pos);
    }
    id.setNames(parts, positions);
  }
}
