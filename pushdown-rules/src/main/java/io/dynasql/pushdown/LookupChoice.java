package io.dynasql.pushdown;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Which key of the inner table a lookup join binds, and whether that beats a SCAN: the table's
 * whole key (BATCH_GET), its partition key (QUERY per key) or a global index's partition key
 * (QUERY per key on the index), each priced by {@link LookupCost} for the outer side's estimated
 * distinct keys; the cheapest wins when it costs no more read units than scanning the inner table.
 * An index serves only when it holds every item the join could match (no sort key of its own that
 * an item may lack) and every attribute the inner side needs; hints that force or forbid an index
 * are obeyed as for a WHERE clause.
 */
final class LookupChoice {
  /** The chosen lookup and its estimate. */
  record Choice(LookupPath path, LookupCost cost) {}

  private LookupChoice() {}

  /**
   * The cheapest lookup of {@code inner} through the equi-join {@code pairs}, or null when none is
   * cheaper than a SCAN.
   */
  static Choice choose(DynamoTableAccess inner, RelNode outer, List<LookupKey> pairs, RelMetadataQuery mq) {
    DynamoSource source = inner.source();
    TableShape t = source.shape();
    AccessHints hints = inner.accessHints();
    String forced = hints.forced() != null ? hints.forced() : source.forcedIndex();
    boolean noIndex = hints.forbidden() || source.indexesForbidden();
    List<LookupPath> candidates = new ArrayList<>();
    if (forced == null) {
      LookupPath table = onTable(inner.path(), t.keySchema(), pairs);
      if (table != null) candidates.add(table);
    }
    if (!noIndex) {
      for (IndexShape i : t.indexes()) {
        if (i.kind() != IndexKind.GLOBAL || (forced != null && !forced.equals(i.name()))) continue;
        if (forced == null && source.consistentRead()) continue;
        LookupKey pk = find(pairs, i.keySchema().partitionKey());
        if (pk != null && serves(i, t.keySchema(), inner)) {
          candidates.add(new LookupPath(AccessKind.QUERY, withIndex(inner.path(), i.name()), List.of(pk)));
        }
      }
    }
    Choice best = null;
    for (LookupPath p : candidates) {
      LookupCost c = LookupCost.of(p, source, distinctKeys(outer, p, mq));
      if (best == null || c.readUnits() < best.cost().readUnits()) best = new Choice(p, c);
    }
    if (best == null || best.cost().readUnits() > LookupCost.scanUnits(source)) return null;
    return best;
  }

  /** BATCH_GET of the whole key when the pairs bind it, QUERY per partition key when they bind that. */
  private static LookupPath onTable(AccessPath inner, KeySchema key, List<LookupKey> pairs) {
    LookupKey pk = find(pairs, key.partitionKey());
    if (pk == null) return null;
    if (!key.hasSortKey()) return new LookupPath(AccessKind.BATCH_GET, inner, List.of(pk));
    LookupKey sk = find(pairs, key.sortKey());
    return sk == null ? new LookupPath(AccessKind.QUERY, inner, List.of(pk))
        : new LookupPath(AccessKind.BATCH_GET, inner, List.of(pk, sk));
  }

  private static LookupKey find(List<LookupKey> pairs, String attribute) {
    for (LookupKey k : pairs) if (k.attribute().equals(attribute)) return k;
    return null;
  }

  /**
   * Whether the index holds every item a join on its partition key can match, with every
   * attribute the inner side reads or filters on.
   */
  private static boolean serves(IndexShape i, KeySchema table, DynamoTableAccess inner) {
    // an item lacking an index sort key that is not a table key is missing from the index
    if (i.keySchema().hasSortKey() && !table.isKeyAttribute(i.keySchema().sortKey())) return false;
    if (i.projectionType() == ProjectionType.ALL) return true;
    if (inner.path().filter() != null) return false;
    Set<String> needed = new LinkedHashSet<>();
    boolean all = false;
    for (int f : inner.fields()) {
      String a = inner.source().columns().get(f).attribute();
      if (a == null) all = true;
      else needed.add(a);
    }
    return KeyChoice.complete(i, table, needed, all);
  }

  private static AccessPath withIndex(AccessPath p, String index) {
    return new AccessPath(p.kind(), p.table(), index, p.partitionKey(), p.partitionValues(), p.sort(), p.filter(),
        p.projection(), p.forward(), p.limit(), p.countOnly());
  }

  /**
   * The outer side's estimated distinct values of the columns {@code p} binds: the least any
   * equivalent expression of it estimates (all return the same rows; the one reading the store by
   * key knows best), never more than its rows.
   */
  static double distinctKeys(RelNode outer, LookupPath p, RelMetadataQuery mq) {
    ImmutableBitSet.Builder b = ImmutableBitSet.builder();
    for (LookupKey k : p.keys()) b.set(k.outerField());
    ImmutableBitSet cols = b.build();
    double best = Double.MAX_VALUE;
    for (RelNode rel : LookupInner.equivalents(outer, outer.getCluster().getPlanner())) {
      Double rows = mq.getRowCount(rel);
      Double d = mq.getDistinctRowCount(rel, cols, null);
      if (rows != null && !rows.isNaN()) best = Math.min(best, rows);
      if (d != null && !d.isNaN()) best = Math.min(best, d);
    }
    return best == Double.MAX_VALUE ? 1 : best;
  }
}
