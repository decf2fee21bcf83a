package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a {@code SELECT} into SQL tokens, without Calcite's parser, so that a
 * statement whose shape was seen before (only its literals differ) can be recognised in a few
 * microseconds ({@link ShapeCache}). It reads words, quoted identifiers, string literals with
 * {@code ''} escapes, numbers, operators and {@code --} / {@code /* *}{@code /} comments. Whatever
 * it is not sure of is null, and the statement takes the normal path: a hint ({@code /*+}), an
 * unterminated literal or comment, a {@code ?}, a JDBC escape, a prefixed string such as
 * {@code N'x'} or {@code X'0A'}, or a number run into a letter.
 */
final class ShapeLexer {
  private ShapeLexer() {}

  /** The tokens of {@code sql}, or null when it does not start with SELECT or is unsure. */
  static LexedShape lex(String sql) {
    List<ShapeToken> out = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < n && sql.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        lineStart = i;
        continue;
      }
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') i++;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        // a hint changes the plan; a comment over lines would need its line breaks counted
        if (end < 0 || (i + 2 < n && sql.charAt(i + 2) == '+') || breaks(sql, i, end)) return null;
        i = end + 2;
        continue;
      }
      int column = i - lineStart + 1;
      int end;
      ShapeToken.Kind kind;
      Object value = null;
      if (c == '\'') {
        if (i > 0 && isWordPart(sql.charAt(i - 1))) return null; // N'..', X'..', _utf8'..'
        StringBuilder s = new StringBuilder();
        end = i + 1;
        while (true) {
          if (end >= n) return null;
          char d = sql.charAt(end);
          if (d == '\n' || d == '\r') return null; // line counting inside literals is not worth it
          if (d == '\'') {
            if (end + 1 < n && sql.charAt(end + 1) == '\'') {
              s.append('\'');
              end += 2;
              continue;
            }
            end++;
            break;
          }
          s.append(d);
          end++;
        }
        kind = ShapeToken.Kind.STRING;
        value = s.toString();
      } else if (c == '"') {
        end = i + 1;
        while (true) {
          if (end >= n || sql.charAt(end) == '\n' || sql.charAt(end) == '\r') return null;
          if (sql.charAt(end) == '"') {
            if (end + 1 < n && sql.charAt(end + 1) == '"') {
              end += 2;
              continue;
            }
            end++;
            break;
          }
          end++;
        }
        kind = ShapeToken.Kind.QUOTED;
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
        end = i;
        while (end < n && isDigit(sql.charAt(end))) end++;
        kind = ShapeToken.Kind.INTEGER;
        if (end < n && sql.charAt(end) == '.') {
          end++;
          while (end < n && isDigit(sql.charAt(end))) end++;
          kind = ShapeToken.Kind.DECIMAL;
        }
        if (end < n && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
          end++;
          if (end < n && (sql.charAt(end) == '+' || sql.charAt(end) == '-')) end++;
          if (end >= n || !isDigit(sql.charAt(end))) return null;
          while (end < n && isDigit(sql.charAt(end))) end++;
          kind = ShapeToken.Kind.APPROX;
        }
        if (end < n && (isWordPart(sql.charAt(end)) || sql.charAt(end) == '.')) return null;
        value = new BigDecimal(sql.substring(i, end));
      } else if (Character.isLetter(c) || c == '_') {
        end = i + 1;
        while (end < n && isWordPart(sql.charAt(end))) end++;
        kind = ShapeToken.Kind.WORD;
      } else if ("=<>!|".indexOf(c) >= 0) {
        end = i + 1;
        if (end < n && "=<>|".indexOf(sql.charAt(end)) >= 0) end++;
        kind = ShapeToken.Kind.SYMBOL;
      } else if ("(),.*+-/%".indexOf(c) >= 0) {
        end = i + 1;
        kind = ShapeToken.Kind.SYMBOL;
      } else {
        return null; // ? { } ` $ @ # ; ... : not what a plain query needs
      }
      out.add(new ShapeToken(kind, i, end, line, column, value));
      i = end;
    }
    if (out.isEmpty() || out.get(0).kind() != ShapeToken.Kind.WORD || !sql.regionMatches(true, out.get(0).start(), "SELECT", 0, 6)
        || out.get(0).end() - out.get(0).start() != 6) return null;
    return LexedShape.of(sql, out);
  }

  private static boolean breaks(String sql, int from, int to) {
    for (int k = from; k < to; k++) if (sql.charAt(k) == '\n' || sql.charAt(k) == '\r') return true;
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
