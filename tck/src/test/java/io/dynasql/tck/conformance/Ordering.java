package io.dynasql.tck.conformance;

import java.util.Locale;

/** Whether a query fixes the order of its rows: an ORDER BY of its own, outside any parentheses. */
final class Ordering {
  private Ordering() {}

  static boolean ordered(String sql) {
    String s = sql.toUpperCase(Locale.ROOT);
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') quoted = !quoted;
      if (quoted) continue;
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (depth == 0 && s.startsWith("ORDER", i) && boundary(s, i - 1)
          && s.substring(i + 5).stripLeading().startsWith("BY")) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '_';
  }
}
