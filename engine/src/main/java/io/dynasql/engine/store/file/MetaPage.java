package io.dynasql.engine.store.file;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One of LMDB's two meta pages (pages 0 and 1), read from the file: LMDB writes them
 * alternately, and the one with the higher transaction id is the last commit. Layout of
 * LMDB 0.9 on a 64-bit little-endian build: a 16-byte page header, then {@code mm_magic},
 * {@code mm_version}, {@code mm_address}, {@code mm_mapsize}, the free list's and the main
 * database's {@link DbRecord}, {@code mm_last_pg} and {@code mm_txnid}.
 *
 * @param pageSize the page size recorded in the free list's record
 * @param lastPage the last page number the commit uses; the file must hold pages 0..lastPage
 * @param problem why the page is not a valid meta page, or null
 */
public record MetaPage(int number, long mapSize, DbRecord free, DbRecord main, long lastPage, long txnId,
    int pageSize, String problem) {
  static final int MAGIC = 0xBEEFC0DE;
  static final int DATA_VERSION = 1;
  static final int P_META = 0x08;
  /** Bytes of a meta page that are read: header and meta. */
  static final int BYTES = 152;
  /** LMDB's page size when nothing says otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 4096;

  /** Parses meta page {@code number} from {@code bytes} (at least {@link #BYTES} long). */
  static MetaPage parse(int number, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int flags = b.getShort(10) & 0xFFFF;
    DbRecord free = DbRecord.read(b, 40);
    DbRecord main = DbRecord.read(b, 88);
    MetaPage m = new MetaPage(number, b.getLong(32), free, main, b.getLong(136), b.getLong(144), free.pad(), null);
    String problem = null;
    if (b.getInt(16) != MAGIC) problem = "has no LMDB magic number";
    else if ((flags & P_META) == 0) problem = "is not flagged as a meta page";
    else if (b.getInt(20) != DATA_VERSION) problem = "has LMDB data version " + b.getInt(20) + ", not " + DATA_VERSION;
    else if (!validPageSize(free.pad())) problem = "records a page size of " + free.pad();
    else if (m.lastPage() < 1 || m.txnId() < 0) problem = "records last page " + m.lastPage() + " and transaction " + m.txnId();
    return problem == null ? m : new MetaPage(number, m.mapSize, free, main, m.lastPage, m.txnId, m.pageSize, problem);
  }

  static boolean validPageSize(int size) {
    return size >= 512 && size <= 65536 && Integer.bitCount(size) == 1;
  }

  public boolean valid() {
    return problem == null;
  }

  /** Bytes the file needs to hold every page of this commit. */
  public long requiredLength() {
    return (lastPage + 1) * (long) pageSize;
  }
}
