package io.dynasql.federation.plan;

import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * What a semi-join reduction is expected to read, against reading the remote statement whole:
 * the outer side's distinct keys (the least any equivalent expression of it estimates), the
 * batches of {@code IN (?, ...)} they make, and the rows those return: one per key when the key
 * covers the remote table's primary key, otherwise {@link #ROWS_PER_KEY}, never more than the whole
 * statement's rows ({@link RemoteScan#rows}, the estimate every remote access is planned by).
 *
 * @param keys distinct outer keys expected
 * @param batches statements sent
 * @param rows remote rows expected back
 * @param fullRows rows of the remote statement without the keys
 */
record RemoteLookupCost(double keys, double batches, double rows, double fullRows) {
  /** A statement's round trip, counted as this many rows fetched: a batch must save more than that to pay. */
  static final double ROUND_TRIP_ROWS = 50;
  /** Rows expected per key of a column that is not the remote primary key (its statistics are not read). */
  static final double ROWS_PER_KEY = 10;

  static RemoteLookupCost of(RemoteLookupSpec spec, List<RelNode> outer, RelMetadataQuery mq) {
    double keys = Double.MAX_VALUE;
    for (RelNode rel : outer) {
      Double rows = mq.getRowCount(rel);
      if (rows != null && !rows.isNaN()) keys = Math.min(keys, rows);
      if (joinsBelow(rel, 2) >= 2) continue; // see joinsBelow: the distinct count would walk the whole memo
      Double distinct = mq.getDistinctRowCount(rel, ImmutableBitSet.of(spec.outerKeyFields()), null);
      if (distinct != null && !distinct.isNaN()) keys = Math.min(keys, distinct);
    }
    keys = keys == Double.MAX_VALUE ? 1 : Math.max(1, Math.round(keys));
    double full = RemoteEstimate.rows(spec.source(), spec.inner());
    List<String> key = spec.inner().table().primaryKey();
    boolean unique = !key.isEmpty() && spec.keyColumns().stream()
        .map(c -> spec.inner().table().columns().get(c).name()).toList().containsAll(key);
    double rows = Math.min(full, keys * (unique ? 1 : ROWS_PER_KEY));
    return new RemoteLookupCost(keys, Math.ceil(keys / spec.batchSize()), rows, full);
  }

  /**
   * The joins in {@code rel}'s tree, counted up to {@code limit}, each equivalence set seen through
   * its best or first expression. Calcite's distinct row count of a join over equivalence sets
   * without a best plan yet asks whether columns are unique of every expression of every set below
   * (RelMdColumnUniqueness over a RelSubset), which grows with the number of join orders explored:
   * over a join of five tables of three sources it ran for minutes. The row count, which goes
   * through one expression per set, bounds the keys there instead.
   */
  static int joinsBelow(RelNode rel, int limit) {
    RelNode r = rel instanceof org.apache.calcite.plan.volcano.RelSubset s ? s.getBestOrOriginal() : rel;
    if (r == null) return 0;
    int n = r instanceof org.apache.calcite.rel.core.Join ? 1 : 0;
    for (RelNode in : r.getInputs()) {
      if (n >= limit) break;
      n += joinsBelow(in, limit - n);
    }
    return n;
  }

  /** Whether sending the keys is expected to cost less than reading the statement whole (one round trip). */
  boolean pays() {
    return rows + batches * ROUND_TRIP_ROWS < fullRows + ROUND_TRIP_ROWS;
  }
}
