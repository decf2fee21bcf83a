package io.dynasql.tck.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a script's lines into {@link Case}s. Comment lines before a statement may carry
 * directives ({@code -- h2:}, {@code -- dynasql-only:}, {@code -- differs from standard SQL:});
 * comment lines after it carry its expectation ({@code -- expect:}, {@code -- h2 expect:}, and
 * {@code -- |} table rows). Any other comment is prose. A mistake in a script is an error naming
 * its line, never a case quietly dropped.
 */
final class ScriptParser {
  private static final String DIFFERS = "-- differs from standard SQL:";
  private static final String ONLY = "-- dynasql-only:";
  private static final String TWIN = "-- h2:";
  private static final String EXPECT = "-- expect:";
  private static final String H2_EXPECT = "-- h2 expect:";

  private final String script;
  private final List<Case> cases = new ArrayList<>();
  private String differs;
  private String only;
  private String twin;
  private StringBuilder sql;
  private int sqlLine;
  private int lineNo;
  /** The rows an {@code expect: rows} is collecting, or null. */
  private List<List<String>> rows;

  private ScriptParser(String script) {
    this.script = script;
  }

  static List<Case> parse(String script, List<String> lines) {
    ScriptParser p = new ScriptParser(script);
    for (String line : lines) {
      p.lineNo++;
      p.line(line.strip());
    }
    if (p.sql != null) throw p.error("statement at line " + p.sqlLine + " does not end with ';'");
    p.checkLast();
    return p.cases;
  }

  private void line(String l) {
    if (l.startsWith("-- |")) {
      if (rows == null) throw error("a table row outside an 'expect: rows' block");
      rows.add(Cells.split(l.substring(3)));
      return;
    }
    rows = null;
    if (l.isEmpty()) return;
    if (sql != null && !l.startsWith("--")) {
      statementLine(l);
    } else if (l.startsWith(EXPECT)) {
      expect(l.substring(EXPECT.length()), false);
    } else if (l.startsWith(H2_EXPECT)) {
      expect(l.substring(H2_EXPECT.length()), true);
    } else if (l.startsWith(DIFFERS)) {
      differs = reason(l, DIFFERS);
    } else if (l.startsWith(ONLY)) {
      only = reason(l, ONLY);
    } else if (l.startsWith(TWIN)) {
      twin = reason(l, TWIN);
      if (twin.endsWith(";")) twin = twin.substring(0, twin.length() - 1).strip();
    } else if (!l.startsWith("--")) {
      checkLast();
      sql = new StringBuilder();
      sqlLine = lineNo;
      statementLine(l);
    }
  }

  private void statementLine(String l) {
    if (sql.length() > 0) sql.append('\n');
    boolean command = sql.length() == 0 && l.startsWith("!");
    boolean end = command || l.endsWith(";");
    sql.append(end && !command ? l.substring(0, l.length() - 1).stripTrailing() : l);
    if (!end) return;
    if (only != null && twin != null) throw error("a statement is either dynasql-only or has an h2 twin, not both");
    String text = sql.toString();
    String forH2 = only != null ? null : twin != null ? twin : text;
    cases.add(new Case(sqlLine, text, forH2, null, null, differs, only));
    sql = null;
    differs = only = twin = null;
  }

  private void expect(String text, boolean h2) {
    if (cases.isEmpty()) throw error("an expectation before any statement");
    Case c = cases.get(cases.size() - 1);
    Expectation e;
    try {
      e = Expectation.parse(text);
    } catch (IllegalArgumentException ex) {
      throw error(ex.getMessage());
    }
    if (e instanceof Expectation.Rows r) rows = r.rows();
    if (h2 && (c.h2Expected() != null || c.differs() == null || c.h2Sql() == null)) {
      throw error("'h2 expect:' comes once, after a statement marked 'differs from standard SQL' that H2 runs");
    }
    if (!h2 && c.expected() != null) throw error("a second 'expect:' for the statement at line " + c.line());
    cases.set(cases.size() - 1, h2
        ? new Case(c.line(), c.sql(), c.h2Sql(), c.expected(), e, c.differs(), c.dynasqlOnly())
        : new Case(c.line(), c.sql(), c.h2Sql(), e, c.h2Expected(), c.differs(), c.dynasqlOnly()));
  }

  /** The statement before the one starting now must be complete: a difference is shown, not assumed. */
  private void checkLast() {
    if (cases.isEmpty()) return;
    Case c = cases.get(cases.size() - 1);
    if (c.expected() == null && !c.command()) {
      throw error("the statement at line " + c.line() + " has no '-- expect:'");
    }
    if (c.differs() != null && c.h2Sql() != null && c.h2Expected() == null) {
      throw error("the statement at line " + c.line() + " differs from standard SQL but says no 'h2 expect:'");
    }
  }

  private String reason(String line, String prefix) {
    String r = line.substring(prefix.length()).strip();
    if (r.isEmpty()) throw error("'" + prefix + "' needs a text after it");
    return r;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(script + ":" + lineNo + ": " + what);
  }
}
