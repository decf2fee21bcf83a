package io.dynasql.engine.store.file;

import io.dynasql.engine.error.DamagedDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An LMDB data file opened for reading with a {@link FileChannel}, never mapped: a damaged or
 * truncated file can only make these reads fail with an exception, never fault the JVM.
 * {@link #open} refuses a file whose meta pages are damaged (LMDB itself would refuse it too).
 */
public final class LmdbFile implements AutoCloseable {
  private final Path path;
  private final FileChannel channel;
  private final long length;
  private final MetaPage meta;
  private final MetaPage[] metas;

  private LmdbFile(Path path, FileChannel channel, long length, MetaPage[] metas, MetaPage meta) {
    this.path = path;
    this.channel = channel;
    this.length = length;
    this.metas = metas;
    this.meta = meta;
  }

  /**
   * Opens {@code file} and picks the last commit's meta page.
   *
   * @throws DamagedDataException when the file is too short for its meta pages, or either is not valid
   */
  public static LmdbFile open(Path file) {
    String name = file.getFileName().toString();
    try {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
      try {
        long length = ch.size();
        if (length < 2L * MetaPage.DEFAULT_PAGE_SIZE && length < MetaPage.BYTES) {
          throw new DamagedDataException(name + " (" + file + ") is " + Sizes.bytes(length)
              + ", too short to be an LMDB file");
        }
        MetaPage first = MetaPage.parse(0, read(ch, 0, MetaPage.BYTES));
        if (!first.valid() && !looksLikeLmdb(first)) {
          throw new DamagedDataException(name + " (" + file + ") is not an LMDB file: its first page " + first.problem());
        }
        int pageSize = first.valid() ? first.pageSize() : MetaPage.DEFAULT_PAGE_SIZE;
        MetaPage second = length >= pageSize + MetaPage.BYTES
            ? MetaPage.parse(1, read(ch, pageSize, MetaPage.BYTES)) : null;
        if (!first.valid() || second == null || !second.valid()) {
          String which = !first.valid() ? "meta page 0 " + first.problem()
              : second == null ? "meta page 1 is missing (the file is " + Sizes.bytes(length) + ")"
              : "meta page 1 " + second.problem();
          throw new DamagedDataException(name + " (" + file + ") is damaged: " + which);
        }
        MetaPage meta = second.txnId() > first.txnId() ? second : first;
        return new LmdbFile(file, ch, length, new MetaPage[] {first, second}, meta);
      } catch (RuntimeException e) {
        ch.close();
        throw e;
      }
    } catch (IOException e) {
      throw new DamagedDataException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A first page with LMDB's magic number but a damaged rest is a damaged LMDB file, not a foreign one. */
  private static boolean looksLikeLmdb(MetaPage first) {
    return !first.problem().contains("magic");
  }

  public Path path() { return path; }

  public long length() { return length; }

  /** The last commit's meta page (the valid one with the higher transaction id). */
  public MetaPage meta() { return meta; }

  /** Meta page 0 or 1. */
  public MetaPage meta(int number) { return metas[number]; }

  public int pageSize() { return meta.pageSize(); }

  /** Pages {@code [pgno, pgno + count)}, little-endian; fails when they lie past the file or the commit. */
  public ByteBuffer pages(long pgno, int count) {
    if (pgno < 0 || pgno + count - 1 > meta.lastPage()) {
      throw new DamagedDataException("page " + pgno + (count > 1 ? " (+" + (count - 1) + ")" : "")
          + " is past the last committed page " + meta.lastPage());
    }
    long at = pgno * pageSize();
    long bytes = (long) count * pageSize();
    if (at + bytes > length) throw new DamagedDataException("page " + pgno + " lies past the end of the file");
    if (bytes > Integer.MAX_VALUE) throw new DamagedDataException("page " + pgno + " claims " + count + " pages");
    try {
      return ByteBuffer.wrap(read(channel, at, (int) bytes)).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Page {@code pgno}. */
  public Page page(long pgno) {
    return new Page(pgno, pages(pgno, 1));
  }

  private static byte[] read(FileChannel ch, long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) break;
    }
    return b.array();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
