package io.dynasql.tck.scoreboard;

import java.util.List;
import java.util.Set;

/**
 * The suite family a test class belongs to: one per module below tck, and tck's classes split by
 * what they compare against. A new tck test class in the root package lands in "tck: other"
 * until it is named here.
 */
final class Families {
  /** The families in the order the scoreboard shows them. */
  static final List<String> ORDER = List.of("engine", "pushdown-rules", "calcite-adapter", "federation", "driver",
      "tck: DynamoDB differential (moto, AWS docs)", "tck: SQL differential (H2)", "tck: conformance scripts (H2)",
      "tck: real clients", "tck: cost conformance (AWS docs)", "tck: durability and processes",
      "tck: concurrency (two JVMs)", "tck: damaged files",
      "tck: scoreboard generator", "tck: architecture rules", "tck: other");

  private static final Set<String> DYNAMODB_REFERENCE = Set.of("io.dynasql.tck.MotoDifferentialTest",
      "io.dynasql.tck.CapacityDifferentialTest", "io.dynasql.tck.ItemSizeBoundaryTest");
  private static final Set<String> DURABILITY = Set.of("io.dynasql.tck.CrashRecoveryTest", "io.dynasql.tck.MultiProcessTest",
      "io.dynasql.tck.BackupCrashRecoveryTest");

  private Families() {}

  static String of(String module, String testClass) {
    if (!module.equals("tck")) return module;
    if (DYNAMODB_REFERENCE.contains(testClass)) return "tck: DynamoDB differential (moto, AWS docs)";
    if (testClass.startsWith("io.dynasql.tck.sql.")) return "tck: SQL differential (H2)";
    if (testClass.startsWith("io.dynasql.tck.conformance.")) return "tck: conformance scripts (H2)";
    if (testClass.startsWith("io.dynasql.tck.clients.")) return "tck: real clients";
    if (testClass.startsWith("io.dynasql.tck.cost.")) return "tck: cost conformance (AWS docs)";
    if (DURABILITY.contains(testClass) || testClass.startsWith("io.dynasql.tck.cancel.")) return "tck: durability and processes";
    if (testClass.startsWith("io.dynasql.tck.concurrency.")) return "tck: concurrency (two JVMs)";
    if (testClass.startsWith("io.dynasql.tck.faults.")) return "tck: damaged files";
    if (testClass.startsWith("io.dynasql.tck.scoreboard.")) return "tck: scoreboard generator";
    if (testClass.startsWith("io.dynasql.tck.architecture.")) return "tck: architecture rules";
    return "tck: other";
  }
}
