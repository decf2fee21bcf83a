package io.dynasql.engine.store.file;

import java.nio.ByteBuffer;

/**
 * One B-tree page read from the file. LMDB's page header is {@code mp_pgno} (8 bytes),
 * {@code mp_pad}, {@code mp_flags}, then {@code mp_lower} and {@code mp_upper} (or, on an
 * overflow page, {@code mp_pages}); then one 2-byte offset per node. A node is {@code mn_lo},
 * {@code mn_hi}, {@code mn_flags}, {@code mn_ksize}, the key, then (in a leaf) the data. Every
 * accessor checks the bounds it reads, so a damaged page raises {@link PageException} instead of
 * reading elsewhere.
 */
public final class Page {
  static final int HEADER = 16;
  static final int NODE_HEADER = 8;
  public static final int P_BRANCH = 0x01;
  public static final int P_LEAF = 0x02;
  public static final int P_OVERFLOW = 0x04;
  public static final int P_META = 0x08;
  public static final int P_LEAF2 = 0x20;
  /** Leaf node flag: the data is on overflow pages; the node holds their first page number. */
  public static final int F_BIGDATA = 0x01;
  /** Leaf node flag: the data is a named database's {@link DbRecord}. */
  public static final int F_SUBDATA = 0x02;
  public static final int F_DUPDATA = 0x04;

  private final long pgno;
  private final ByteBuffer b;

  Page(long pgno, ByteBuffer b) {
    this.pgno = pgno;
    this.b = b;
  }

  public long pgno() { return pgno; }

  public int flags() { return b.getShort(10) & 0xFFFF; }

  public boolean isBranch() { return (flags() & P_BRANCH) != 0; }

  public boolean isLeaf() { return (flags() & P_LEAF) != 0; }

  /** Number of pages of an overflow run starting here. */
  public int overflowPages() { return b.getInt(12); }

  /**
   * Checks the header: the stored page number, one kind flag, and node offsets that lie inside
   * the page; returns the number of nodes.
   */
  public int check(int expectedKinds) {
    if (b.getLong(0) != pgno) fail("records page number " + b.getLong(0));
    int kind = flags() & (P_BRANCH | P_LEAF | P_OVERFLOW | P_META | P_LEAF2);
    if ((kind & expectedKinds) == 0 || Integer.bitCount(kind) != 1) fail("has flags 0x" + Integer.toHexString(flags()));
    if ((kind & P_LEAF2) != 0) fail("is a LEAF2 page, which dynasql never writes");
    int lower = b.getShort(12) & 0xFFFF;
    int upper = b.getShort(14) & 0xFFFF;
    if (lower < HEADER || lower > upper || upper > b.capacity() || (lower & 1) != 0) {
      fail("has lower " + lower + " and upper " + upper);
    }
    int n = (lower - HEADER) >> 1;
    for (int i = 0; i < n; i++) {
      int at = nodeOffset(i);
      if (at < upper || at + NODE_HEADER > b.capacity()) fail("node " + i + " lies at " + at + ", outside the node area");
    }
    return n;
  }

  private int nodeOffset(int i) {
    return b.getShort(HEADER + 2 * i) & 0xFFFF;
  }

  /** Node {@code i}, with its key and data checked to lie inside the page. */
  public Node node(int i) {
    int at = nodeOffset(i);
    int lo = b.getShort(at) & 0xFFFF;
    int hi = b.getShort(at + 2) & 0xFFFF;
    int flags = b.getShort(at + 4) & 0xFFFF;
    int ksize = b.getShort(at + 6) & 0xFFFF;
    int keyAt = at + NODE_HEADER;
    if (keyAt + ksize > b.capacity()) fail("node " + i + "'s key of " + ksize + " bytes runs past the page");
    byte[] key = new byte[ksize];
    b.get(keyAt, key);
    if (isBranch()) return new Node(key, 0, lo | ((long) hi << 16) | ((long) flags << 32), 0, null);
    long dsize = lo | ((long) hi << 16);
    int dataAt = keyAt + ksize;
    if ((flags & F_BIGDATA) != 0) {
      if (dataAt + 8 > b.capacity()) fail("node " + i + "'s overflow page number runs past the page");
      return new Node(key, flags, b.getLong(dataAt), dsize, null);
    }
    if (dataAt + dsize > b.capacity()) fail("node " + i + "'s value of " + dsize + " bytes runs past the page");
    byte[] data = new byte[(int) dsize];
    b.get(dataAt, data);
    return new Node(key, flags, 0, dsize, data);
  }

  private void fail(String what) {
    throw new PageException(pgno, what);
  }

  /**
   * A node: in a branch page, its key and child page; in a leaf, its key and either its data or
   * (F_BIGDATA) the first overflow page holding {@code size} bytes of data.
   */
  public record Node(byte[] key, int flags, long pgno, long size, byte[] data) {
    public boolean bigData() { return (flags & F_BIGDATA) != 0; }

    public boolean subData() { return (flags & F_SUBDATA) != 0; }
  }
}
