package io.dynasql.engine.store.file;

import io.dynasql.engine.error.DamagedDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file {@code dynasql.format} written beside {@code data.mdb} when a database is created. It
 * records that a database existed here, so a data file that later goes missing or empty is
 * refused instead of silently starting a new database, and which storage format wrote it.
 */
public final class FormatMarker {
  public static final String FILE = "dynasql.format";
  /** Storage format of this build: 2 since stored values carry a checksum (codec StoredValue). */
  public static final int VERSION = 2;
  private static final String PREFIX = "dynasql storage format ";

  private FormatMarker() {}

  /** The format version recorded in {@code directory}, or 0 when there is no marker. */
  public static int read(Path directory) {
    Path p = directory.resolve(FILE);
    if (!Files.exists(p)) return 0;
    try {
      String s = Files.readString(p, StandardCharsets.UTF_8).trim();
      if (!s.startsWith(PREFIX)) throw new NumberFormatException(s);
      return Integer.parseInt(s.substring(PREFIX.length()).trim());
    } catch (IOException | NumberFormatException e) {
      throw new DamagedDataException(p + " is unreadable: " + e.getMessage(), e);
    }
  }

  /** Writes the marker (atomically: a crash leaves the old one or the new one). */
  public static void write(Path directory) {
    Path p = directory.resolve(FILE);
    Path tmp = directory.resolve(FILE + ".tmp");
    try {
      Files.writeString(tmp, PREFIX + VERSION + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, p, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new io.dynasql.engine.error.InternalServerError("Cannot write " + p + ": " + e.getMessage(), e);
    }
  }
}
