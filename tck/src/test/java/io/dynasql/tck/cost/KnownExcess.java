package io.dynasql.tck.cost;

import java.util.Map;

/**
 * The one list of statement shapes whose label may differ from (exceed) the cheapest equivalent
 * DynamoDB calls, each with the reason; every other shape's label must equal its calls line by
 * line, so anything over 10% fails unless listed here. A shape listed here whose statements all
 * equal their calls fails the suite, so the list cannot outlive the excess.
 */
final class KnownExcess {
  private KnownExcess() {}

  static final Map<String, String> SHAPES = Map.of(
      "QUERY + filter + LIMIT", "a pushed filter's pass rate is unknown before reading: the first call asks for LIMIT items, each"
          + " next one for the rows still wanted, and every call is rounded up to 4 KB on its own; the one cheapest call"
          + " (Limit = the position of the last row wanted) needs the answer in advance");

  static String reason(String shape) {
    return SHAPES.get(shape);
  }
}
