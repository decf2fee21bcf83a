package io.dynasql.calcite.names;

import io.dynasql.calcite.Parses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Accepts a reserved word as an alias after AS ({@code SELECT COUNT(*) AS COUNT FROM t}, which
 * SchemaCrawler and other tools send, and which PostgreSQL, MySQL and H2 accept) by quoting it,
 * keeping its spelling, in one pass over the text before its only parse. Calcite's core parser has
 * no setting for this, and its Babel parser, which has, reads {@code UPSERT INTO} as an expression
 * and still reserves DATE, TIME, TIMESTAMP and ORDER.
 *
 * <p>A word is quoted when it is reserved in the parser of {@link Parses}, follows {@code AS},
 * and is followed by what may follow an alias (a comma, a closing parenthesis, {@code ;}, the end,
 * or a clause keyword such as FROM or WHERE): so {@code FOR SYSTEM_TIME AS OF TIMESTAMP ...},
 * {@code EXPLAIN PLAN AS JSON FOR} and {@code AS MEASURE m} stay as they are. The type of
 * {@code CAST(x AS DATE)} (and of TRY_CAST, SAFE_CAST; MATCH_RECOGNIZE's DEFINE takes expressions
 * after AS) is not an alias: nothing directly inside those parentheses is quoted. String literals,
 * quoted identifiers and comments (hints too) are skipped, under the double-quote quoting of
 * {@link io.dynasql.calcite.CalciteConfig#PARSER}.
 */
final class ReservedAliases {
  private static final Set<String> NOT_ALIAS_CALLS = Set.of("CAST", "TRY_CAST", "SAFE_CAST", "MATCH_RECOGNIZE");
  private static final Set<String> AFTER_ALIAS = Set.of("FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
      "OFFSET", "FETCH", "UNION", "INTERSECT", "EXCEPT", "MINUS", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
      "CROSS", "NATURAL", "ON", "USING", "WINDOW", "QUALIFY", "SET");

  private ReservedAliases() {}

  /** {@code sql} with every reserved word used as an alias after AS quoted; {@code sql} itself when there is none. */
  static String quote(String sql) {
    StringBuilder out = null;
    int copied = 0;
    Deque<Boolean> aliasParens = new ArrayDeque<>(); // per open parenthesis: may an alias appear directly inside?
    SqlScan scan = new SqlScan(sql);
    SqlScan.Token before = null; // the token before the previous one
    SqlScan.Token previous = null;
    for (SqlScan.Token t = scan.next(); ; t = scan.next()) {
      // previous is a candidate alias when it is a reserved word after AS, outside a CAST's parentheses
      if (previous != null && previous.isWord() && before != null && before.is(sql, "AS") && follows(sql, t)
          && (aliasParens.isEmpty() || aliasParens.peek()) && isReserved(previous.text(sql))) {
        if (out == null) out = new StringBuilder(sql.length() + 8);
        out.append(sql, copied, previous.start()).append('"').append(sql, previous.start(), previous.end()).append('"');
        copied = previous.end();
      }
      if (t == null) break;
      if (t.isSymbol('(')) {
        aliasParens.push(previous == null || !previous.isWord()
            || !NOT_ALIAS_CALLS.contains(previous.text(sql).toUpperCase(Locale.ROOT)));
      } else if (t.isSymbol(')') && !aliasParens.isEmpty()) {
        aliasParens.pop();
      }
      before = previous;
      previous = t;
    }
    return out == null ? sql : out.append(sql, copied, sql.length()).toString();
  }

  /** Whether {@code next} (null at the end) may follow an alias. */
  private static boolean follows(String sql, SqlScan.Token next) {
    if (next == null) return true;
    if (next.isSymbol(',') || next.isSymbol(')') || next.isSymbol(';')) return true;
    return next.isWord() && AFTER_ALIAS.contains(next.text(sql).toUpperCase(Locale.ROOT));
  }

  private static boolean isReserved(String word) {
    return Parses.isReservedWord(word.toUpperCase(Locale.ROOT));
  }
}
