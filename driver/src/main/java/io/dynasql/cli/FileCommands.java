package io.dynasql.cli;

import io.dynasql.engine.check.Checker;
import io.dynasql.engine.check.Salvage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code dynasql check <directory>} and {@code dynasql salvage <directory> <new-directory>}: both
 * read the data file with plain file I/O, so a damaged file is reported, never mapped.
 */
final class FileCommands {
  private FileCommands() {}

  /** Exit status 0 when the database is clean, 1 when something is damaged. */
  static int check(Path dir, PrintStream out) {
    Checker.Report r = Checker.check(dir);
    for (String p : r.problems()) out.println("damaged: " + p);
    out.println(dir + ": " + r.items() + " items, " + r.indexEntries() + " index entries, "
        + (r.clean() ? "no damage found" : r.problems().size() + " problems"));
    return r.clean() ? 0 : 1;
  }

  /** Exit status 0 when nothing was lost, 1 when some items could not be read. */
  static int salvage(Path from, Path to, PrintStream out) {
    Salvage.Result r = Salvage.run(from, to);
    for (String p : r.problems()) out.println("damaged: " + p);
    for (Map.Entry<String, Long> e : r.copied().entrySet()) {
      long lost = r.lost().get(e.getKey());
      out.println("table " + e.getKey() + ": " + e.getValue() + " items copied, "
          + (lost < 0 ? "an unknown number lost (its statistics are damaged)" : lost + " lost"));
    }
    out.println("salvaged " + r.copiedTotal() + " items into " + to + ", " + r.lostTotal() + " lost"
        + (r.lossKnown() ? "" : " (and more: some statistics are damaged)"));
    return r.lostTotal() == 0 && r.lossKnown() && r.problems().isEmpty() ? 0 : 1;
  }
}
