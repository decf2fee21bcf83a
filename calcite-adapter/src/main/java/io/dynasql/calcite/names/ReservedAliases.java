package io.dynasql.calcite.names;

import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Accepts a reserved word as an alias after AS ({@code SELECT COUNT(*) AS COUNT FROM t}, which
 * SchemaCrawler and other tools send, and which PostgreSQL, MySQL and H2 accept) by quoting it,
 * keeping its spelling. Only where Calcite's parser failed: at the failure's position there must
 * be {@code AS} and then a reserved word, or that reserved word with {@code AS} before it.
 */
final class ReservedAliases {
  private ReservedAliases() {}

  /** {@code sql} with the alias the parse failed on quoted, or null when the failure is another. */
  static String quote(String sql, SqlParseException e, SqlAbstractParserImpl.Metadata keywords) {
    SqlParserPos pos = e.getPos();
    if (pos == null) return null;
    int at = offset(sql, pos.getLineNum(), pos.getColumnNum());
    if (at < 0 || at >= sql.length()) return null;
    int[] word = word(sql, at);
    if (word == null) return null;
    String first = sql.substring(word[0], word[1]);
    if (first.equalsIgnoreCase("AS")) {
      int next = skipBlanks(sql, word[1]);
      int[] alias = word(sql, next);
      return alias == null ? null : quoted(sql, alias, keywords);
    }
    int before = word[0] - 1;
    while (before >= 0 && Character.isWhitespace(sql.charAt(before))) before--;
    if (before < 1 || !sql.regionMatches(true, before - 1, "AS", 0, 2)
        || (before >= 2 && Character.isLetterOrDigit(sql.charAt(before - 2)))) {
      return null;
    }
    return quoted(sql, word, keywords);
  }

  private static String quoted(String sql, int[] word, SqlAbstractParserImpl.Metadata keywords) {
    String w = sql.substring(word[0], word[1]);
    if (!keywords.isReservedWord(w.toUpperCase(java.util.Locale.ROOT))) return null;
    return sql.substring(0, word[0]) + '"' + w + '"' + sql.substring(word[1]);
  }

  /** The bounds of the word starting at {@code at}, or null. */
  private static int[] word(String sql, int at) {
    if (at >= sql.length() || !Character.isLetter(sql.charAt(at))) return null;
    int end = at;
    while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) end++;
    return new int[] {at, end};
  }

  private static int skipBlanks(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) i++;
    return i;
  }

  private static int offset(String sql, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = sql.indexOf('\n', at);
      if (at < 0) return -1;
      at++;
    }
    return at + column - 1;
  }
}
