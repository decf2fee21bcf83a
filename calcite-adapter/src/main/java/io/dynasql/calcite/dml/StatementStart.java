package io.dynasql.calcite.dml;

import java.util.Locale;

/** The first word of a statement, after blanks and comments, so non-DML is never parsed here. */
public final class StatementStart {
  private StatementStart() {}

  /** The leading word, upper-cased, or "" when the statement starts otherwise (a parenthesis, a quote). */
  public static String firstWord(String sql) {
    int i = skipBlanksAndComments(sql, 0);
    int start = i;
    while (i < sql.length() && Character.isLetter(sql.charAt(i))) i++;
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }

  private static int skipBlanksAndComments(String sql, int i) {
    while (i < sql.length()) {
      if (Character.isWhitespace(sql.charAt(i))) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        return i;
      }
    }
    return i;
  }
}
