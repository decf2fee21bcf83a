package io.dynasql.engine.ops;

import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.KeyCodec;
import io.dynasql.engine.codec.PartitionHash;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.table.KeyBuilder;
import io.dynasql.engine.table.LongKeys;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The cursor range {@code [low, high)} of a read plan: one partition key's range narrowed by the
 * sort key condition for a Query, or one segment's hash range for a Scan. Because key encodings
 * are order-preserving and prefix-free, every sort key operator is a contiguous byte range.
 */
final class KeyBounds {
  final byte[] low;
  final byte[] high;

  private KeyBounds(byte[] low, byte[] high) {
    this.low = low;
    this.high = high;
  }

  static KeyBounds of(ReadPlan p) {
    int keyspace = p.index() == null ? p.table().keyspace() : p.index().keyspace();
    if (!p.isQuery()) {
      KeyBuilder kb = KeyBuilder.get();
      byte[] low = kb.hashBound(keyspace, PartitionHash.segmentStart(p.segment(), p.totalSegments())).toArray();
      byte[] high = kb.hashBound(keyspace, PartitionHash.segmentStart(p.segment() + 1, p.totalSegments())).toArray();
      return new KeyBounds(low, high);
    }
    byte[] prefix = KeyBuilder.get().partition(keyspace, p.partitionKey()).toArray();
    SortKeyCondition s = p.sort();
    if (s == null) return new KeyBounds(prefix, KeyCodec.successor(prefix));
    byte[] at = withKey(prefix, s, false);
    switch (s.operator()) {
      case EQ: return new KeyBounds(at, KeyCodec.successor(at));
      case LT: return new KeyBounds(prefix, at);
      case LE: return new KeyBounds(prefix, KeyCodec.successor(at));
      case GT: return new KeyBounds(KeyCodec.successor(at), KeyCodec.successor(prefix));
      case GE: return new KeyBounds(at, KeyCodec.successor(prefix));
      case BETWEEN: {
        byte[] upper = withKey(prefix, new SortKeyCondition(s.name(), SortKeyCondition.Operator.EQ, s.value2(), null), false);
        return new KeyBounds(at, KeyCodec.successor(upper));
      }
      case BEGINS_WITH: {
        byte[] p2 = withKey(prefix, s, true);
        byte[] hi = KeyCodec.successor(p2);
        return new KeyBounds(p2, hi == null ? KeyCodec.successor(prefix) : hi);
      }
      default: throw new IllegalStateException(s.operator().name());
    }
  }

  private static byte[] withKey(byte[] prefix, SortKeyCondition s, boolean asPrefix) {
    ByteWriter w = new ByteWriter(prefix.length + 32);
    w.put(prefix);
    if (asPrefix) KeyCodec.encodePrefix(s.value(), w);
    else KeyCodec.encode(s.value(), w);
    return w.toArray();
  }

  /** These bounds narrowed to start after {@code startKey} (forward) or end before it (backward). */
  KeyBounds after(byte[] startKey, boolean forward) {
    if (startKey == null) return this;
    if (forward) {
      byte[] next = java.util.Arrays.copyOf(startKey, startKey.length + 1); // smallest key > startKey
      return new KeyBounds(max(low, next), high);
    }
    return new KeyBounds(low, high == null ? startKey : min(high, startKey));
  }

  /**
   * These bounds as physical keys in {@code txn}: the same unless one is longer than a long key's
   * prefix (a long sort key, a long partition key), which is looked up among its group.
   */
  KeyBounds physical(LongKeys keys, Txn<DirectBuffer> txn) {
    if (!LongKeys.isLong(low.length) && (high == null || !LongKeys.isLong(high.length))) return this;
    return new KeyBounds(keys.bound(txn, low), high == null ? null : keys.bound(txn, high));
  }

  private static byte[] max(byte[] a, byte[] b) {
    return java.util.Arrays.compareUnsigned(a, b) >= 0 ? a : b;
  }

  private static byte[] min(byte[] a, byte[] b) {
    return java.util.Arrays.compareUnsigned(a, b) <= 0 ? a : b;
  }
}
