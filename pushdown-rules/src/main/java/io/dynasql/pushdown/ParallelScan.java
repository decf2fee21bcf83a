package io.dynasql.pushdown;

/**
 * Whether a SCAN is read as a parallel Scan, and in how many segments: those its backend asks for
 * ({@link io.dynasql.pushdown.backend.TableBackend#scanSegments}), for a SCAN read whole only. A
 * limited SCAN stays one sequence of pages, each asking for the rows still wanted ({@link
 * RowBudget}): segments read at once would read ahead past the limit. What EXPLAIN shows and
 * what the runner does.
 */
final class ParallelScan {
  private ParallelScan() {}

  /** The segments {@code path} is read in: 1 unless it is an unlimited SCAN of a backend that splits scans. */
  static int segments(DynamoSource source, AccessPath path) {
    if (path.kind() != AccessKind.SCAN || path.limited()) return 1;
    return Math.max(1, source.backend().scanSegments(path.index()));
  }
}
