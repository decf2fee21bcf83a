package io.dynasql.engine.store;

import java.nio.ByteBuffer;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Per-thread direct memory for handing keys and values to LMDB. The DirectBuffer proxy passes a
 * buffer's native address to LMDB, so bytes must sit in direct memory; copying a few bytes into
 * a reused buffer is far cheaper than allocating one per call.
 */
public final class Scratch {
  private static final int SLOTS = 4;
  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private final ByteBuffer[] memory = new ByteBuffer[SLOTS];
  private final UnsafeBuffer[] views = new UnsafeBuffer[SLOTS];
  private byte[] copyOut = new byte[4096];

  private Scratch() {
    for (int i = 0; i < SLOTS; i++) {
      memory[i] = ByteBuffer.allocateDirect(1024);
      views[i] = new UnsafeBuffer(0, 0);
    }
  }

  /** This thread's scratch space. */
  public static Scratch get() {
    return LOCAL.get();
  }

  /**
   * A direct view of {@code bytes[0..len)} in slot {@code slot} (0..3). The view stays valid until
   * the same slot is used again on this thread.
   */
  public DirectBuffer view(int slot, byte[] bytes, int len) {
    ByteBuffer m = memory[slot];
    if (m.capacity() < len) {
      m = ByteBuffer.allocateDirect(Math.max(len, m.capacity() * 2));
      memory[slot] = m;
    }
    UnsafeBuffer v = views[slot];
    v.wrap(m, 0, len);
    v.putBytes(0, bytes, 0, len);
    return v;
  }

  /** A view of the whole array. */
  public DirectBuffer view(int slot, byte[] bytes) {
    return view(slot, bytes, bytes.length);
  }

  /**
   * Copies LMDB memory into a reused heap array (valid until the next call on this thread); LMDB
   * pages must not be read after their transaction ends, so decoding happens from this copy.
   */
  public byte[] copyOut(DirectBuffer src) {
    int len = src.capacity();
    if (copyOut.length < len) copyOut = new byte[Math.max(len, copyOut.length * 2)];
    src.getBytes(0, copyOut, 0, len);
    return copyOut;
  }

  /** A fresh array holding {@code src}'s bytes. */
  public static byte[] toArray(DirectBuffer src) {
    byte[] out = new byte[src.capacity()];
    src.getBytes(0, out);
    return out;
  }
}
