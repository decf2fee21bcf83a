package io.dynasql.engine.store.file;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Visits the entries of one B-tree in key order, reading pages from an {@link LmdbFile}. A damaged
 * page is reported and skipped with everything below it, so the walk always ends: pages are
 * visited at most once, the depth is bounded, and a key that does not increase is reported
 * instead of followed.
 */
public final class TreeWalk {
  /** LMDB's cursor stack depth: no valid tree is deeper. */
  static final int MAX_DEPTH = 32;

  /** What the walk finds. */
  public interface Visitor {
    /** An entry with its value (overflow pages already read). */
    void entry(byte[] key, byte[] value);

    /** A damaged page (and the subtree under it), or a damaged entry when {@code key} is not null. */
    void damaged(long pgno, byte[] key, String what);
  }

  private final LmdbFile file;
  private final Visitor visitor;
  /** Every page reached, including overflow runs: orphan-page salvage skips them. */
  private final Set<Long> reached = new HashSet<>();
  private byte[] lastKey;

  public TreeWalk(LmdbFile file, Visitor visitor) {
    this.file = file;
    this.visitor = visitor;
  }

  /** Walks {@code db}; may be called for several trees of the same file. */
  public void walk(DbRecord db) {
    lastKey = null;
    if (!db.empty()) visit(db.root(), 0);
  }

  /** The pages reached so far. */
  public Set<Long> reached() { return reached; }

  private void visit(long pgno, int depth) {
    if (depth >= MAX_DEPTH) {
      visitor.damaged(pgno, null, "is deeper than any LMDB tree (" + MAX_DEPTH + " levels)");
      return;
    }
    if (!reached.add(pgno)) {
      visitor.damaged(pgno, null, "is reached twice (a branch page points back into the tree)");
      return;
    }
    Page page;
    int n;
    try {
      page = file.page(pgno);
      n = page.check(Page.P_BRANCH | Page.P_LEAF);
    } catch (RuntimeException e) {
      visitor.damaged(pgno, null, what(pgno, e));
      return;
    }
    for (int i = 0; i < n; i++) {
      Page.Node node;
      try {
        node = page.node(i);
      } catch (RuntimeException e) {
        visitor.damaged(pgno, null, what(pgno, e));
        continue;
      }
      if (page.isBranch()) visit(node.pgno(), depth + 1);
      else leaf(pgno, node);
    }
  }

  /** Reports or visits one leaf entry; exposed to the orphan-page scan of salvage. */
  void leaf(long pgno, Page.Node node) {
    if (lastKey != null && Arrays.compareUnsigned(node.key(), lastKey) <= 0) {
      visitor.damaged(pgno, node.key(), "key out of order (not above the key before it)");
      return;
    }
    lastKey = node.key();
    byte[] value;
    try {
      value = node.bigData() ? overflow(node) : node.data();
    } catch (RuntimeException e) {
      visitor.damaged(pgno, node.key(), what(pgno, e));
      return;
    }
    visitor.entry(node.key(), value);
  }

  /** Reads the {@code size} bytes of an F_BIGDATA node's overflow pages. */
  byte[] overflow(Page.Node node) {
    long count = (Page.HEADER + node.size() + file.pageSize() - 1) / file.pageSize();
    if (count > 1 + (1 << 20) / file.pageSize()) {
      throw new PageException(node.pgno(), "overflow value claims " + node.size() + " bytes, more than any item");
    }
    java.nio.ByteBuffer b = file.pages(node.pgno(), (int) count);
    int flags = b.getShort(10) & 0xFFFF;
    if ((flags & Page.P_OVERFLOW) == 0 || b.getLong(0) != node.pgno() || b.getInt(12) < count) {
      throw new PageException(node.pgno(), "is not the overflow run of " + count + " pages its node points to");
    }
    for (long p = node.pgno(); p < node.pgno() + count; p++) reached.add(p);
    byte[] out = new byte[(int) node.size()];
    b.get(Page.HEADER, out);
    return out;
  }

  private static String what(long pgno, RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    String prefix = "page " + pgno + " ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
