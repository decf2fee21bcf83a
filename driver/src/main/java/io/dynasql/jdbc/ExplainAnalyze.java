package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.pushdown.AccessEstimate;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.calcite.names.NameResolution;
import java.sql.SQLException;
import java.sql.Types;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.ColumnMetaData;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code EXPLAIN ANALYZE <query>}: the query runs (every row read and discarded, its accesses
 * labelled and logged like any run), then its plan comes back as {@code EXPLAIN PLAN FOR} prints
 * it, with each access's actuals after its estimate:
 * {@code est_items=[20], est_read_units=[1.5], est_usd=[...], items_read=[23], items_returned=[23],
 * read_units=[2.0], usd=[...]}. Only a query is run: a write or DDL is refused before anything
 * happens, since analysing it would apply it.
 */
final class ExplainAnalyze {
  private static final Pattern PREFIX = Pattern.compile("(?is)\\s*EXPLAIN\\s+ANALYZE\\s+(.*)");
  private static final Pattern ACCESS = Pattern.compile("access=(\\w+)(?: per key)? table=(\\S+)(?: index=(\\S+))?");

  /** The one column of the answer, as EXPLAIN PLAN FOR names it. */
  static final ColumnMetaData COLUMN = ArrayResults.column(0, "PLAN",
      ColumnMetaData.scalar(Types.VARCHAR, "VARCHAR", ColumnMetaData.Rep.STRING), false);

  private ExplainAnalyze() {}

  /**
   * The text {@code EXPLAIN PLAN FOR} the query of {@code resolved} answers: the plan with its
   * estimates. The EXPLAIN is put around the query's parse tree, so the text is not parsed again.
   */
  static String plan(SqlSession session, NameResolution.Resolved resolved, AtomicBoolean cancel) throws SQLException {
    try {
      if (resolved.error() != null) throw SqlStates.of(resolved.error()); // its positions are the query's, not the EXPLAIN text's
      String explain = "EXPLAIN PLAN FOR " + resolved.sql();
      PreparedQuery q = resolved.tree() == null ? session.prepare(explain, cancel)
          : session.prepare(ExplainTree.of(resolved.tree()), explain, cancel);
      StringBuilder text = new StringBuilder();
      for (Object row : session.run(q, ExecutionContext.of(session, q, new Object[0], cancel, null))) {
        text.append(row instanceof Object[] a ? a[0] : row);
      }
      return text.toString();
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }

  /** The query {@code sql} asks to analyse, or null when it is not an EXPLAIN ANALYZE. */
  static String query(String sql) {
    Matcher m = PREFIX.matcher(sql);
    return m.matches() ? m.group(1) : null;
  }

  /** The query to analyse, names resolved; a write or DDL is refused (42000) before anything runs. */
  static NameResolution.Resolved resolveQuery(SqlSession session, String query) throws SQLException {
    NameResolution.Resolved resolved = StatementTrees.resolve(session, query);
    DdlStatement ddl = JdbcStatement.ddl(resolved.sql());
    if (ddl != null) throw refuse("DDL (" + ddl.getClass().getSimpleName() + " " + ddl.table() + ")");
    DmlStatement dml = DmlStatements.parse(resolved);
    if (dml != null) throw refuse(dml.getClass().getSimpleName() + " on " + dml.table());
    return resolved;
  }

  /** Refuses, before it runs, a statement that is not a query ({@code what} names it). */
  private static SQLException refuse(String what) {
    return new SQLSyntaxErrorException("EXPLAIN ANALYZE runs its statement, so it takes only a query; "
        + what + " would write (use EXPLAIN PLAN FOR to see a plan without running it)",
        SqlState.SYNTAX_ERROR_OR_ACCESS_RULE.code());
  }

  /**
   * {@code plan} with each access line followed by what that access read: the first record of
   * the same kind, table and index not yet given to another line (a run records its accesses in
   * the order they start, which for a lookup join is the outer side first); an access that made no
   * call (a lookup whose outer side was empty) reads zero.
   */
  static String annotate(String plan, List<AccessRecord> records, double readUnitPrice) {
    List<AccessRecord> left = new ArrayList<>(records);
    StringBuilder out = new StringBuilder();
    for (String line : plan.split("\n", -1)) {
      Matcher m = ACCESS.matcher(line);
      int close = line.lastIndexOf(')');
      if (!m.find() || !line.contains("est_items=") || close < 0) {
        out.append(line).append('\n');
        continue;
      }
      AccessRecord r = take(left, m.group(1), m.group(2), m.group(3));
      long read = r == null ? 0 : r.itemsRead();
      long returned = r == null ? 0 : r.itemsReturned();
      double units = r == null ? 0 : r.readUnits();
      String actual = String.format(Locale.ROOT, ", items_read=[%d], items_returned=[%d], read_units=[%s], usd=[%s]",
          read, returned, units, AccessEstimate.twoDigits(units * readUnitPrice / 1e6));
      out.append(line, 0, close).append(actual).append(line.substring(close)).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static AccessRecord take(List<AccessRecord> left, String kind, String table, String index) {
    for (int i = 0; i < left.size(); i++) {
      AccessRecord r = left.get(i);
      if (r.kind().name().equals(kind) && r.table().equals(table) && java.util.Objects.equals(r.index(), index)) {
        return left.remove(i);
      }
    }
    return null;
  }
}
