package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;
import org.agrona.DirectBuffer;

/**
 * Reads the stored values ({@link StoredValue}) of one walk over the store, such as a page of a
 * Query or Scan, on the thread that walks: each value is copied out of LMDB memory into a heap
 * array kept for the walk, checked and decoded. The thread's {@link TopLevelMemory} and the copy
 * array are found once per walk rather than once per item. Not for sharing between threads.
 */
public final class ItemReader {
  private final TopLevelMemory memory = TopLevelMemory.get();
  private final Set<String> only;
  private byte[] copy = new byte[4096];
  /** One reader and decoder for every item of the walk, reset to each. */
  private final ByteReader in = new ByteReader(copy, 0, 0);
  private final ItemDecoder decoder = ItemDecoder.over(in);
  /** The map every item is decoded into, until kept ({@link #keep}). */
  private final ItemMap reused = new ItemMap();
  private int size;
  private long version;

  /**
   * @param only the top-level attributes to decode (all when null); it must not change while
   *     this reader is in use
   */
  public ItemReader(Set<String> only) {
    this.only = only;
  }

  /**
   * The item (or index entry) held in {@code v}, with its size and version; {@code v} is read
   * before this returns and not kept.
   *
   * @throws IllegalArgumentException when the value is damaged or of an unknown format
   */
  public SizedItem read(DirectBuffer v) {
    Map<String, AttributeValue> item = readInPlace(v);
    return new SizedItem(keep(item), size, version);
  }

  /**
   * The item (or index entry) held in {@code v}, decoded into a map this reader reuses: it holds
   * that item only until the next read, so a caller that keeps it (one a filter passed) keeps
   * {@link #keep}'s copy; an item read and dropped allocates no map. Its size and version are
   * {@link #size()} and {@link #version()} until the next read.
   *
   * @throws IllegalArgumentException when the value is damaged or of an unknown format
   */
  public Map<String, AttributeValue> readInPlace(DirectBuffer v) {
    int len = v.capacity();
    if (copy.length < len) copy = new byte[Math.max(len, copy.length * 2)];
    v.getBytes(0, copy, 0, len);
    StoredValue.Parts parts = StoredValue.parts(copy, 0, len);
    in.reset(copy, parts.bodyOff(), parts.bodyLen());
    version = parts.version();
    size = decoder.into(reused, only, memory);
    return reused;
  }

  /** A map of its own holding what {@code item} holds: {@code item} itself unless it is this reader's reused map. */
  public Map<String, AttributeValue> keep(Map<String, AttributeValue> item) {
    return item == reused ? reused.copy() : item;
  }

  /** The DynamoDB size of the item last read. */
  public int size() {
    return size;
  }

  /** The version of the item last read ({@link StoredValue}). */
  public long version() {
    return version;
  }
}
