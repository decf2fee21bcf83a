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
          + " (Limit = the position of the last row wanted) needs the answer in advance",
      "transaction commit, one row", "with autoCommit off a key-targeted UPDATE or DELETE reads its item (a GET) to overlay"
          + " the transaction's writes and check it at commit; TransactWriteItems would carry a condition instead of the read",
      "transaction commit, 2-100 rows", "as for one row: the DELETE by key in the transaction adds a GET a condition would replace");

  static String reason(String shape) {
    return SHAPES.get(shape);
  }
}
