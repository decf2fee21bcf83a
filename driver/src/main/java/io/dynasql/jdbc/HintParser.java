package io.dynasql.jdbc;

import io.dynasql.pushdown.IndexHints;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dynasql's index hints from a statement: {@code /*+ INDEX(table, index) *}{@code /} forces
 * an index, {@code /*+ NO_INDEX(table) *}{@code /} forbids secondary indexes. The hint comments
 * are removed before Calcite sees the text; the caller puts the hints in force
 * ({@link IndexHints#begin}) while the statement is planned.
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

  /** The hints of {@code sql} and its text without the hint comments. */
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
