package io.dynasql.pushdown;

/**
 * The DynamoDB operation an access of a source's table is made of, as its label and {@code
 * sys.access_log} name it: {@code GetItem}, {@code BatchGetItem keys=150}, {@code Query keys=3},
 * {@code Scan} or {@code Scan segments=4}. The keys are the distinct keys sent (each once, however
 * many calls it took), the segments those of a parallel Scan.
 */
final class SourceOperation {
  private SourceOperation() {}

  static String of(AccessKind kind, long keys, int segments) {
    switch (kind) {
      case GET: return "GetItem";
      case BATCH_GET: return "BatchGetItem keys=" + keys;
      case QUERY: return "Query keys=" + keys;
      default: return segments > 1 ? "Scan segments=" + segments : "Scan";
    }
  }
}
