package io.dynasql.engine.codec;

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
    int len = v.capacity();
    if (copy.length < len) copy = new byte[Math.max(len, copy.length * 2)];
    v.getBytes(0, copy, 0, len);
    StoredValue.Parts parts = StoredValue.parts(copy, 0, len);
    in.reset(copy, parts.bodyOff(), parts.bodyLen());
    return decoder.next(only, parts.version(), memory);
  }
}
