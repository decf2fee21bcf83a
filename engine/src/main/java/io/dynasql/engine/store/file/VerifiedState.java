package io.dynasql.engine.store.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The file {@code dynasql.verified} beside {@code data.mdb}: the data file's identity when its
 * pages were last known good — after the open-time walk of every page, or at the clean close of
 * a process that changed it only through LMDB. An open that finds the data file with exactly
 * that identity skips the walk, whatever the file's size; anything else walks every page again:
 * a copy (another file key), a truncation or growth (length), bytes written by anything
 * (modification time), a commit by a process that did not close cleanly (transaction id), and a
 * record made less than two seconds after the file's last change (file times tick coarsely).
 * The record is a cache: unreadable or unwritable (a read-only mount), it is simply not used.
 * What it cannot see is damage done while a process has the database open and that process then
 * closes cleanly; `dynasql check` reads every page whenever that is in doubt.
 */
final class VerifiedState {
  static final String FILE = "dynasql.verified";
  private static final String PREFIX = "dynasql verified ";

  private VerifiedState() {}

  /** What identifies one state of the data file. */
  record Identity(String fileKey, long length, long modifiedNanos, long txnId) {
    /**
     * Field by field, as the record's own equals would, written out: this runs while a database
     * opens, often first in its JVM, where the record's generated equals costs tens of
     * milliseconds to link.
     */
    boolean same(Identity o) {
      return length == o.length && modifiedNanos == o.modifiedNanos && txnId == o.txnId && fileKey.equals(o.fileKey);
    }

    String line() {
      return PREFIX + length + " " + modifiedNanos + " " + txnId + " " + fileKey;
    }

    static Optional<Identity> parse(String line) {
      if (!line.startsWith(PREFIX)) return Optional.empty();
      String[] p = line.substring(PREFIX.length()).trim().split(" ", 4);
      if (p.length < 4) return Optional.empty();
      try {
        return Optional.of(new Identity(p[3], Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2])));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** The identity of {@code data} now, with its last committed transaction {@code txnId}. */
  static Optional<Identity> of(Path data, long txnId) {
    try {
      BasicFileAttributes a = Files.readAttributes(data, BasicFileAttributes.class);
      Object key = a.fileKey();
      if (key == null) return Optional.empty(); // no stable identity on this file system: always walk
      return Optional.of(new Identity(key.toString(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), txnId));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code data} is exactly as recorded when its pages were last known good, and was
   * last modified at least {@link #SETTLED_NANOS} before that record was made: file times tick
   * coarsely (a few milliseconds, a second on some file systems), so bytes written just after
   * the record could leave the same modification time as before it.
   */
  static boolean matches(Path directory, Path data, long txnId) {
    Optional<Identity> now = of(data, txnId);
    if (now.isEmpty()) return false;
    try {
      Path p = directory.resolve(FILE);
      if (!Files.exists(p)) return false;
      String[] lines = Files.readString(p, StandardCharsets.UTF_8).trim().split("\n");
      if (lines.length != 2 || !lines[1].startsWith(RECORDED)) return false;
      long recorded = Long.parseLong(lines[1].substring(RECORDED.length()).trim());
      return Identity.parse(lines[0]).filter(r -> r.same(now.get())).isPresent()
          && recorded - now.get().modifiedNanos() >= SETTLED_NANOS;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static final String RECORDED = "recorded ";
  /** How long before its record the file must have been last modified for the record to count. */
  static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** Records {@code data}'s identity as known good (best effort; atomically replaced). */
  static void record(Path directory, Path data, long txnId) {
    Optional<Identity> now = of(data, txnId);
    if (now.isEmpty()) return;
    Path p = directory.resolve(FILE);
    Path tmp = directory.resolve(FILE + ".tmp");
    try {
      java.time.Instant at = java.time.Instant.now();
      long recorded = TimeUnit.SECONDS.toNanos(at.getEpochSecond()) + at.getNano();
      Files.writeString(tmp, now.get().line() + "\n" + RECORDED + recorded + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      // a read-only directory keeps no record: the next open walks the pages again
    }
  }
}
