package io.dynasql.tck.conformance;

/**
 * One statement of a script with what it must do.
 *
 * @param line the 1-based line the statement starts on
 * @param sql the statement for dynasql (without its {@code ;}), or a runner command starting with {@code !}
 * @param h2Sql the statement for H2: {@code sql} itself when portable, the {@code -- h2:} twin, or
 *     null when the case is dynasql-only
 * @param expected what dynasql must do, and H2 too unless {@code h2Expected} is given
 * @param h2Expected what H2 does instead, written where dynasql differs from standard SQL; else null
 * @param differs why dynasql differs from standard SQL here ({@code -- differs from standard SQL:}), or null
 * @param dynasqlOnly why the statement has no H2 counterpart ({@code -- dynasql-only:}), or null
 */
public record Case(int line, String sql, String h2Sql, Expectation expected, Expectation h2Expected,
    String differs, String dynasqlOnly) {

  /** Whether this is a runner command ({@code !autocommit off}, {@code !commit}, {@code !rollback}). */
  public boolean command() {
    return sql.startsWith("!");
  }

  /** What H2 must do, or null when H2 does not run this case. */
  Expectation forH2() {
    if (h2Sql == null) return null;
    return h2Expected != null ? h2Expected : expected;
  }

  /** A short name for the test report: the line and the statement on one line. */
  String title() {
    String flat = sql.replaceAll("\\s+", " ");
    return "line " + line + ": " + (flat.length() > 90 ? flat.substring(0, 87) + "..." : flat);
  }
}
