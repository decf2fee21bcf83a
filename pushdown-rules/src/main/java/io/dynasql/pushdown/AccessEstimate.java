package io.dynasql.pushdown;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.sql.SqlExplainLevel;

/**
 * What an access is expected to read and cost before it runs, as {@code EXPLAIN PLAN FOR} shows
 * it beside the access path: items read from the store, read units by DynamoDB's rules,
 * dollars at the connection's read price, and the segments of a parallel Scan. Computed from
 * {@link TableStatistics} by {@link AccessCost}, the same arithmetic the planner compares
 * accesses by.
 *
 * @param items items the store reads (before a pushed filter)
 * @param readUnits read request units
 * @param dollars {@code readUnits} at the source's price per million read units
 */
public record AccessEstimate(double items, double readUnits, double dollars) {
  /** The estimate of reading {@code source} along {@code path}. */
  public static AccessEstimate of(AccessPath path, DynamoSource source) {
    TableStatistics.Sizes sizes = source.backend().statistics().of(path.index());
    double items = AccessCost.itemsRead(path, sizes);
    if (path.limit() != null && path.filter() == null && path.kind() != AccessKind.GET) {
      // Each call asks the store for the rows still wanted (DynamoDB's Limit): no more are read.
      items = Math.min(items, path.limit());
    }
    double units = AccessCost.readUnits(path, sizes, items, consistent(path, source));
    return new AccessEstimate(items, units, units * source.readUnitPrice() / 1e6);
  }

  /** A global index is read eventually consistently whatever the connection asks (DynamoDB cannot do otherwise). */
  private static boolean consistent(AccessPath path, DynamoSource source) {
    if (!source.consistentRead()) return false;
    if (path.index() == null) return true;
    for (IndexShape i : source.shape().indexes()) {
      if (i.name().equals(path.index())) return i.kind() != IndexKind.GLOBAL;
    }
    return true;
  }

  /**
   * Adds the estimate to an EXPLAIN listing; not to a digest, where it would make the planner
   * read statistics for every node it registers and tell equal accesses apart as data changes.
   */
  static RelWriter explain(RelWriter pw, AccessPath path, DynamoSource source) {
    if (pw.getDetailLevel() == SqlExplainLevel.DIGEST_ATTRIBUTES) return pw;
    AccessEstimate e = of(path, source);
    int segments = ParallelScan.segments(source, path);
    return pw.item("est_items", Math.round(e.items()))
        .item("est_read_units", e.readUnits())
        .item("est_usd", twoDigits(e.dollars()))
        .itemIf("segments", segments, segments > 1);
  }

  /** Dollars to two significant digits, never in exponent form (0.0000019, not 1.9E-6). */
  public static String twoDigits(double dollars) {
    if (dollars == 0) return "0";
    return BigDecimal.valueOf(dollars).round(new MathContext(2, java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
  }
}
