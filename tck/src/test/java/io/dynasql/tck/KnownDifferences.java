package io.dynasql.tck;

import java.util.Map;

/**
 * Where dynasql deliberately differs from DynamoDB Local, each with the reason. A mismatch whose
 * description starts with one of these keys is accepted; every other mismatch fails the build.
 */
final class KnownDifferences {
  /** Description prefix -> why dynasql is right (or why the difference is accepted). */
  static final Map<String, String> REASONS = Map.of(
      "batch get with a missing key",
      "DynamoDB Local charges nothing for a BatchGetItem key that finds no item. AWS documents that "
          + "BatchGetItem processes each key as an individual GetItem, and that a GetItem of an item "
          + "that does not exist still consumes 0.5 (eventually consistent) or 1 (strongly consistent) "
          + "read unit; dynasql follows the documentation.",
      "transact write",
      "DynamoDB Local doubles transactional write units twice (a 2 KB put plus its index entry in a "
          + "transaction reports 4x the plain units). AWS documents transactional writes as two write "
          + "units per 1 KB, i.e. exactly twice a plain write, for the table and for each index; dynasql "
          + "follows the documentation.");

  private KnownDifferences() {}

  static boolean explains(String mismatch) {
    return REASONS.keySet().stream().anyMatch(mismatch::startsWith);
  }
}
