package io.dynasql.tck.faults;

import io.dynasql.engine.store.file.LmdbFile;
import io.dynasql.engine.store.file.NamedDbs;
import io.dynasql.engine.store.file.TreeWalk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The pages of a database's data tree, and the damage cases aimed at them. */
record DataPages(int pageSize, long length, long root, List<Long> leaves) {
  static DataPages of(Path directory) {
    try (LmdbFile f = LmdbFile.open(directory.resolve("data.mdb"))) {
      TreeWalk w = new TreeWalk(f, new TreeWalk.Visitor() {
        @Override public void entry(byte[] key, byte[] value) { }

        @Override public void damaged(long pgno, byte[] key, String what) {
          throw new IllegalStateException("the original is damaged: page " + pgno + " " + what);
        }
      });
      long root = NamedDbs.read(f).get("data").root();
      w.walk(NamedDbs.read(f).get("data"));
      List<Long> leaves = new ArrayList<>();
      for (long p : new TreeSet<>(w.reached())) if (f.page(p).isLeaf()) leaves.add(p);
      return new DataPages(f.pageSize(), f.length(), root, leaves);
    }
  }

  /** Truncations, a zeroed range, flipped page-header bytes (page number, flags, lower bound) and flipped value bytes. */
  List<Damage> damages() {
    List<Damage> out = new ArrayList<>();
    out.add(Damage.truncateBy("truncated by 1 page", pageSize));
    out.add(Damage.truncateBy("truncated by 1 MB", 1 << 20));
    out.add(Damage.truncateBy("truncated to 0 bytes", length));
    long middle = leaves.get(leaves.size() / 2);
    out.add(Damage.zero("64 KB zeroed from leaf page " + middle, middle * pageSize, 65536));
    List<Long> targets = List.of(root, leaves.get(leaves.size() / 4), leaves.get(leaves.size() / 2 + 20),
        leaves.get(3 * leaves.size() / 4));
    String[] fields = {"page number", "flags", "lower"};
    int[] offsets = {0, 10, 12};
    for (long p : targets) {
      for (int i = 0; i < offsets.length; i++) {
        out.add(Damage.flip((p == root ? "branch" : "leaf") + " page " + p + " header " + fields[i], p * pageSize + offsets[i]));
      }
    }
    for (long p : List.of(leaves.get(1), leaves.get(leaves.size() - 2))) {
      out.add(Damage.flip("value byte on leaf page " + p, (p + 1) * pageSize - 20));
    }
    return out;
  }
}
