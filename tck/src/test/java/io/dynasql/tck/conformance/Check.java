package io.dynasql.tck.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares an engine's {@link Answer} with a script's {@link Expectation}. Rows compare in order
 * when the statement has an ORDER BY of its own (outside parentheses), as multisets otherwise.
 * H2 2.x gives its own SQLStates inside the standard classes (42102 for a missing table, 42122
 * for a missing column, 42001 for a syntax error), so {@code h2} failures match on the class, the
 * first two characters, and H2's own class 90 (errors it gives no standard state, such as 90016
 * for a column missing from GROUP BY) matches any; dynasql's must match exactly.
 */
final class Check {
  private Check() {}

  /** Null when {@code actual} is what {@code expected} says, else what differs. */
  static String difference(Expectation expected, Answer actual, String sql, boolean h2) {
    if (expected instanceof Expectation.Error e) {
      if (!actual.failed()) return "expected error " + e.sqlState() + " but got " + actual.describe();
      boolean same = h2 ? h2Matches(actual.sqlState(), e.sqlState()) : actual.sqlState().equals(e.sqlState());
      return same ? null : "expected error " + e.sqlState() + " but got " + actual.describe();
    }
    if (actual.failed()) return "expected " + expected + " but got " + actual.describe();
    if (expected instanceof Expectation.Count c) {
      return actual.count() != null && actual.count() == c.count() ? null
          : "expected count " + c.count() + " but got " + actual.describe();
    }
    if (expected instanceof Expectation.Rows r) {
      if (actual.rows() == null) return "expected rows but got " + actual.describe();
      String d = rows(r.rows(), actual.rows(), Ordering.ordered(sql));
      return d == null ? null : d + "; got " + actual.describe();
    }
    return null; // Ok: any success
  }

  private static boolean h2Matches(String actual, String expected) {
    return actual.regionMatches(0, expected, 0, 2) || actual.startsWith("90");
  }

  private static String rows(List<List<String>> expected, List<List<Object>> actual, boolean ordered) {
    if (expected.size() != actual.size()) return "expected " + expected.size() + " rows, got " + actual.size();
    List<List<Object>> left = new ArrayList<>(actual);
    for (int i = 0; i < expected.size(); i++) {
      List<String> want = expected.get(i);
      int at = -1;
      for (int j = 0; j < left.size() && at < 0; j++) {
        if ((!ordered || j == 0) && row(want, left.get(j))) at = j;
      }
      if (at < 0) return (ordered ? "row " + (i + 1) : "no row") + " matching " + String.join(" | ", want);
      left.remove(at);
    }
    return null;
  }

  private static boolean row(List<String> want, List<Object> got) {
    if (want.size() != got.size()) return false;
    for (int i = 0; i < want.size(); i++) if (!Cells.matches(want.get(i), got.get(i))) return false;
    return true;
  }
}
