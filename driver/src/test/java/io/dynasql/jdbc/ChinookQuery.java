package io.dynasql.jdbc;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated query over Chinook, its tables written as {@code {Track}} so that each database
 * names them its own way.
 *
 * @param shape the kind of query (filter, join, group, top, in, exists), for the summary
 * @param template the SQL with {@code {Table}} placeholders
 * @param ordered whether its ORDER BY gives a total order, so rows compare in order
 * @param approximate the result columns (from 0) holding an AVG, compared within a tolerance
 */
record ChinookQuery(String shape, String template, boolean ordered, Set<Integer> approximate) {
  private static final Pattern TABLE = Pattern.compile("\\{(\\w+)}");

  /** The SQL, each table named by {@code names}. */
  String sql(Function<String, String> names) {
    Matcher m = TABLE.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(names.apply(m.group(1))));
    m.appendTail(b);
    return b.toString();
  }
}
