package io.dynasql.engine.store.file;

import java.nio.ByteBuffer;

/**
 * One B-tree's root record as LMDB stores it (its {@code MDB_db}): in a meta page for the free
 * list and the main database, and as the value of each named database in the main one.
 *
 * @param pad for the free list's record in a meta page, the page size
 * @param depth height of the tree
 * @param entries number of keys
 * @param root page number of the root, or {@link #NO_ROOT} when the tree is empty
 */
public record DbRecord(int pad, int flags, int depth, long branchPages, long leafPages, long overflowPages,
    long entries, long root) {
  /** Bytes in an {@code MDB_db} on a 64-bit build. */
  public static final int SIZE = 48;
  /** LMDB's P_INVALID: an empty tree has no root page. */
  public static final long NO_ROOT = -1L;

  /** Reads the record at {@code at} of a little-endian buffer. */
  static DbRecord read(ByteBuffer b, int at) {
    return new DbRecord(b.getInt(at), b.getShort(at + 4) & 0xFFFF, b.getShort(at + 6) & 0xFFFF,
        b.getLong(at + 8), b.getLong(at + 16), b.getLong(at + 24), b.getLong(at + 32), b.getLong(at + 40));
  }

  public boolean empty() {
    return root == NO_ROOT;
  }
}
