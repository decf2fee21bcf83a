package io.dynasql.engine.table;

import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.KeyCodec;
import io.dynasql.engine.codec.PartitionHash;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;

/**
 * Builds physical keys: {@code keyspace | hash(pk) | enc(pk) | enc(sk)} for items and
 * {@code keyspace | hash(ipk) | enc(ipk) | enc(isk) | enc(pk) | enc(sk)} for index entries. The
 * encodings preserve DynamoDB's order, so one partition key is one contiguous, sorted range (a
 * Query is one cursor range) and a Scan in key order walks hash ranges (parallel segments).
 * One builder per thread; the returned bytes live in its buffer until the next call.
 */
public final class KeyBuilder {
  private static final ThreadLocal<KeyBuilder> LOCAL = ThreadLocal.withInitial(KeyBuilder::new);

  private final ByteWriter out = new ByteWriter(256);
  private final ByteWriter pk = new ByteWriter(256);

  private KeyBuilder() {}

  /** This thread's builder. */
  public static KeyBuilder get() {
    return LOCAL.get();
  }

  /** The key of an item (or of its key attributes) in a table or index keyspace. */
  public ByteWriter itemKey(int keyspace, KeySchema schema, Map<String, AttributeValue> item) {
    partition(keyspace, item.get(schema.partitionKey()));
    if (schema.hasSortKey()) KeyCodec.encode(item.get(schema.sortKey()), out);
    return out;
  }

  /**
   * The key of an index entry: the index key, then the table key so entries with equal index
   * keys stay distinct and ordered.
   */
  public ByteWriter indexKey(int keyspace, KeySchema index, KeySchema table, Map<String, AttributeValue> item) {
    itemKey(keyspace, index, item);
    KeyCodec.encode(item.get(table.partitionKey()), out);
    if (table.hasSortKey()) KeyCodec.encode(item.get(table.sortKey()), out);
    return out;
  }

  /** The prefix shared by every key of one partition key value. */
  public ByteWriter partition(int keyspace, AttributeValue partitionKey) {
    pk.reset();
    KeyCodec.encode(partitionKey, pk);
    out.reset();
    out.putInt(keyspace);
    out.putInt(PartitionHash.hash(pk.buffer(), 0, pk.length()));
    out.put(pk.buffer(), 0, pk.length());
    return out;
  }

  /** The first key of a keyspace at or after an unsigned 32-bit hash (a Scan segment bound). */
  public ByteWriter hashBound(int keyspace, long unsignedHash) {
    out.reset();
    if (unsignedHash >= (1L << 32)) {
      out.putInt(keyspace + 1);
    } else {
      out.putInt(keyspace);
      out.putInt((int) unsignedHash);
    }
    return out;
  }

  /** The writer itself, to append sort key bounds after {@link #partition}. */
  public ByteWriter writer() {
    return out;
  }
}
