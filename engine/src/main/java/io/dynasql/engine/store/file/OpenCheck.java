package io.dynasql.engine.store.file;

import io.dynasql.engine.error.DamagedDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What is checked before LMDB maps a database directory's data file: LMDB maps the file and
 * trusts it, so a truncated file faults the JVM (SIGBUS) on the first read past its end, and an
 * empty one is silently started over. Each refusal is a {@link DamagedDataException} naming the
 * file and what is wrong.
 */
public final class OpenCheck {
  public static final String DATA_FILE = "data.mdb";
  /** The named databases every dynasql file has. */
  static final String CATALOG = "catalog";

  /** What the directory holds. */
  public enum State {
    /** No database yet: LMDB creates one, then the marker is written. */
    NEW,
    /** A dynasql database with its marker. */
    MARKED,
    /** A valid dynasql database from before markers existed: the marker is written after opening. */
    UNMARKED
  }

  /**
   * Every page of every tree is verified at open unless {@link VerifiedState} shows the file
   * unchanged since it was last known good (measured: about 1 ms per MB, 0.23 s for 270 MB):
   * LMDB asserts on some damaged pages (a leaf whose flags are damaged aborts the JVM in
   * mdb_cursor_next), and no Java code can catch that once LMDB reads the page. A user who
   * accepts that risk for very large files can skip the walk above a size
   * ({@code -Ddynasql.verifyPagesUpTo=<bytes>}; the pages in use count, not the length of a
   * write-mapped file, which is its sparse map).
   */
  static final long VERIFY_LIMIT = Long.getLong("dynasql.verifyPagesUpTo", Long.MAX_VALUE);

  private OpenCheck() {}

  /** Page walks made by this process (what {@link VerifiedState} saves; read by tests). */
  static final java.util.concurrent.atomic.AtomicLong WALKS = new java.util.concurrent.atomic.AtomicLong();

  private static void verifyPages(LmdbFile file, Map<String, DbRecord> dbs, Path directory) {
    WALKS.incrementAndGet();
    for (Map.Entry<String, DbRecord> db : dbs.entrySet()) {
      new TreeWalk(file, new TreeWalk.Visitor() {
        @Override
        public void entry(byte[] key, byte[] value) { }

        @Override
        public void damaged(long pgno, byte[] key, String what) {
          throw new DamagedDataException(DATA_FILE + " in " + directory + " is damaged: page " + pgno + " of the '"
              + db.getKey() + "' database " + what + "; `dynasql check` lists the damage, `dynasql salvage` copies what is readable");
        }
      }).walk(db.getValue());
    }
  }

  /**
   * Checks {@code directory}; never maps anything, and writes nothing but the record of a
   * successful page walk ({@link VerifiedState}).
   */
  public static State check(Path directory) {
    int format = FormatMarker.read(directory);
    Path data = directory.resolve(DATA_FILE);
    if (format > FormatMarker.VERSION) {
      throw new DamagedDataException(directory.resolve(FormatMarker.FILE) + " records storage format " + format
          + ", newer than this dynasql's " + FormatMarker.VERSION + ": open it with a newer dynasql");
    }
    long length = Files.exists(data) ? data.toFile().length() : -1;
    if (length <= 0) {
      if (format == 0) return State.NEW;
      throw new DamagedDataException(DATA_FILE + " in " + directory + (length < 0 ? " is missing" : " is empty (0 bytes)")
          + " but " + FormatMarker.FILE + " says a database was created there: the data file was lost or truncated");
    }
    for (int attempt = 1; ; attempt++) {
      long before = txnId(data);
      try {
        return checkFile(directory, data, format);
      } catch (DamagedDataException e) {
        // The file is read without LMDB's reader lock: another process committing meanwhile may
        // reuse pages the walk had yet to read. Damage seen while the file moved on is looked at
        // again; damage in a file that did not change is real.
        if (attempt >= 3 || before < 0 || txnId(data) == before) throw e;
      }
    }
  }

  /**
   * Records that {@code directory}'s data file, as it is now, is good: called after a clean close
   * of a store that changed it only through LMDB, so the next open need not walk its pages. The
   * transaction id is read before the file's attributes: a commit by another process in between
   * leaves a newer transaction id in the file than in the record, and the record does not match.
   */
  public static void recordCleanClose(Path directory) {
    Path data = directory.resolve(DATA_FILE);
    long txn = txnId(data);
    if (txn >= 0) VerifiedState.record(directory, data, txn);
  }

  /** The last committed transaction of the file, or -1 when its meta pages cannot be read. */
  private static long txnId(Path data) {
    try (LmdbFile file = LmdbFile.open(data)) {
      return file.meta().txnId();
    } catch (RuntimeException unreadable) {
      return -1;
    }
  }

  private static State checkFile(Path directory, Path data, int format) {
    try (LmdbFile file = LmdbFile.open(data)) {
      MetaPage m = file.meta();
      if (file.length() < m.requiredLength()) {
        throw new DamagedDataException(DATA_FILE + " in " + directory + " is " + Sizes.bytes(file.length())
            + " but its last committed page ends at " + Sizes.bytes(m.requiredLength()) + ": the file was truncated");
      }
      Map<String, DbRecord> dbs = NamedDbs.read(file);
      if (!dbs.containsKey(CATALOG)) {
        throw new DamagedDataException(DATA_FILE + " in " + directory + " is an LMDB file but not a dynasql database"
            + (format == 0 ? " (it has no catalog and there is no " + FormatMarker.FILE + ")" : " (its catalog is missing)"));
      }
      if (m.requiredLength() <= VERIFY_LIMIT && !VerifiedState.matches(directory, data, m.txnId())) {
        verifyPages(file, dbs, directory);
        VerifiedState.record(directory, data, m.txnId());
      }
      return format == 0 ? State.UNMARKED : State.MARKED;
    }
  }
}
