package io.dynasql.tck.conformance;

import java.util.List;

/**
 * What a script says one statement must do: return these rows, report this update count, fail
 * with this SQLState, or simply succeed (DDL, whose update count is the implementation's).
 */
sealed interface Expectation {
  /** Rows as written in the script, one list of cell texts per row (see {@link Cells}). */
  record Rows(List<List<String>> rows) implements Expectation {
    @Override
    public String toString() {
      return rows.size() + " rows";
    }
  }

  /** An update count (INSERT, UPDATE, DELETE, ...). */
  record Count(long count) implements Expectation {
    @Override
    public String toString() {
      return "count " + count;
    }
  }

  /** A failure with this five-character SQLState. */
  record Error(String sqlState) implements Expectation {
    @Override
    public String toString() {
      return "error " + sqlState;
    }
  }

  /** Success with any result. */
  record Ok() implements Expectation {
    @Override
    public String toString() {
      return "ok";
    }
  }

  /** Parses the text after {@code expect:}; {@code rows} starts an empty table the caller fills. */
  static Expectation parse(String text) {
    String t = text.trim();
    String[] words = t.split("\\s+");
    if (t.equals("rows") || t.equals("empty")) return new Rows(new java.util.ArrayList<>());
    if (t.equals("ok")) return new Ok();
    if (words.length == 2 && words[0].equals("count")) return new Count(Long.parseLong(words[1]));
    if (words.length == 2 && words[0].equals("error") && words[1].length() == 5) return new Error(words[1]);
    throw new IllegalArgumentException("unknown expectation '" + t + "' (rows, empty, ok, count N, error SQLSTATE)");
  }
}
