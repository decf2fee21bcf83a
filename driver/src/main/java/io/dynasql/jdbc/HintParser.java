package io.dynasql.jdbc;

import io.dynasql.pushdown.IndexHints;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dynasql's index hints from a statement: {@code /*+ INDEX(table, index) *}{@code /} forces
 * an index, {@code /*+ NO_INDEX(table) *}{@code /} forbids secondary indexes. The hint comments
 * are removed before Calcite sees the text (Calcite has no such hints).
 */
final class HintParser {
  /** The hints found and the statement without them. */
  record Parsed(String sql, Map<String, String> hints) {
    /** A stable key part for plan caching: plans made under other hints differ. */
    String key() {
      return hints.isEmpty() ? "" : hints.toString();
    }
  }

  private static final Pattern COMMENT = Pattern.compile("/\\*\\+(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern INDEX = Pattern.compile("(?i)\\bINDEX\\s*\\(\\s*\"?([^\\s,\")]+)\"?\\s*,\\s*\"?([^\\s,\")]+)\"?\\s*\\)");
  private static final Pattern NO_INDEX = Pattern.compile("(?i)\\bNO_INDEX\\s*\\(\\s*\"?([^\\s,\")]+)\"?\\s*\\)");

  private HintParser() {}

  /** A statement execution or preparation that runs under its hints. */
  @FunctionalInterface
  interface Body {
    Object run(Object[] args, Parsed hints) throws Exception;
  }

  /**
   * Runs {@code body} with the hints of the SQL text in {@code args[0]} (if any) in force for the
   * planner, and that text replaced by the text without hint comments.
   */
  static Object run(Object[] givenArgs, Body body) throws Exception {
    Object[] args = givenArgs;
    Parsed hints = new Parsed(null, Map.of());
    if (args != null && args.length > 0 && args[0] instanceof String text) {
      hints = parse(text);
      args = args.clone();
      args[0] = hints.sql();
    }
    Map<String, String> prior = IndexHints.begin(hints.hints());
    try {
      return body.run(args, hints);
    } finally {
      IndexHints.end(prior);
    }
  }

  static Parsed parse(String sql) {
    if (sql == null || !sql.contains("/*+")) return new Parsed(sql, Map.of());
    Map<String, String> hints = new LinkedHashMap<>();
    Matcher c = COMMENT.matcher(sql);
    StringBuilder rest = new StringBuilder();
    while (c.find()) {
      String body = c.group(1);
      Matcher no = NO_INDEX.matcher(body);
      while (no.find()) hints.put(no.group(1), IndexHints.NO_INDEX);
      Matcher idx = INDEX.matcher(body.replaceAll("(?i)\\bNO_INDEX\\s*\\([^)]*\\)", ""));
      while (idx.find()) hints.put(idx.group(1), idx.group(2));
      c.appendReplacement(rest, " ");
    }
    c.appendTail(rest);
    return new Parsed(rest.toString(), hints);
  }
}
