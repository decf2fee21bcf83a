package io.dynasql.tck;

import java.util.Map;

/**
 * Where dynasql deliberately differs from DynamoDB Local, each with the reason. A mismatch whose
 * description starts with one of these keys is accepted; every other mismatch fails the build.
 */
final class KnownDifferences {
  /** Description prefix -> why dynasql is right (or why the difference is accepted). */
  static final Map<String, String> REASONS = Map.of();

  private KnownDifferences() {}

  static boolean explains(String mismatch) {
    return REASONS.keySet().stream().anyMatch(mismatch::startsWith);
  }
}
