package io.dynasql.engine.store;

import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.store.file.FormatMarker;
import io.dynasql.engine.store.file.OpenCheck;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Logger;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.DirectBufferProxy;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.LmdbException;
import org.lmdbjava.Txn;

/**
 * One LMDB environment per database directory, with its four databases: {@code catalog} (table
 * descriptors), {@code data} (items and index entries, by keyspace), {@code meta} (counters,
 * statistics) and {@code changes} (the change log). Owns the map size: it grows on demand so no MDB_MAP_FULL reaches a user, and it
 * adopts a size grown by another process.
 *
 * <p>Uses lmdbjava's Agrona {@code DirectBuffer} proxy: it is zero-copy and, unlike the
 * {@code ByteBuffer} proxies, needs no {@code --add-opens} on Java 17, so the store works inside
 * JVMs whose flags users cannot change (DBeaver, BI tools).
 */
public final class LmdbStore implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LmdbStore.class.getName());
  /** Name of the buffer proxy in use, for logs and benchmark reports. */
  public static final String BUFFER_PROXY = "lmdbjava DirectBufferProxy (Agrona UnsafeBuffer, no add-opens needed)";

  private final Env<DirectBuffer> env;
  private final Dbi<DirectBuffer> catalog;
  private final Dbi<DirectBuffer> data;
  private final Dbi<DirectBuffer> meta;
  /** The change log; null only in a read-only open of a database written before it existed. */
  private final Dbi<DirectBuffer> changes;
  private final Path directory;
  private final Writes writes = new Writes();
  /** Readers hold it shared; growing the map holds it exclusively (LMDB needs no live txn then). */
  private final ReentrantReadWriteLock mapLock = new ReentrantReadWriteLock();
  private final ReadTxns readTxns;
  private final ReadCursors dataCursors;
  private final boolean readOnly;
  private volatile long mapSize;
  private volatile boolean closed;

  private LmdbStore(Path directory, Env<DirectBuffer> env, long mapSize, boolean readOnly) {
    this.directory = directory;
    this.env = env;
    this.mapSize = mapSize;
    this.readOnly = readOnly;
    DbiFlags[] create = readOnly ? new DbiFlags[0] : new DbiFlags[] {DbiFlags.MDB_CREATE};
    this.catalog = env.openDbi("catalog", create);
    this.data = env.openDbi("data", create);
    this.meta = env.openDbi("meta", create);
    this.changes = openChanges(env, create, readOnly);
    this.readTxns = new ReadTxns(env);
    this.dataCursors = new ReadCursors(data);
  }

  /**
   * Opens (creating if absent) the environment in {@code directory}.
   *
   * @param initialMapSize map size to start with; it doubles whenever a write finds it full
   * @param sync whether each commit is flushed to disk (durable against kill -9 and power loss)
   */
  public static LmdbStore open(Path directory, long initialMapSize, boolean sync) {
    try {
      Files.createDirectories(directory);
      // Before LMDB maps the file: it trusts the file, and a truncated one faults the JVM.
      OpenCheck.State state = OpenCheck.check(directory);
      File dir = directory.toFile();
      long size = Math.max(initialMapSize, fileSize(directory));
      // Without sync, MDB_WRITEMAP: writes go straight into the shared map instead of malloc'd
      // pages written back with pwrite at commit, about twice LMDB's own rate for scattered
      // inserts here. With sync it is slower (msync of the map measured 1.1-1.8x the time of
      // pwrite + fdatasync per commit), so durable environments keep the default. Write-mapped
      // files have the map's length (sparse), and LMDB cannot nest transactions in them.
      EnvFlags[] flags = sync
          ? new EnvFlags[] {EnvFlags.MDB_NOTLS}
          : new EnvFlags[] {EnvFlags.MDB_NOTLS, EnvFlags.MDB_WRITEMAP, EnvFlags.MDB_NOSYNC};
      Env<DirectBuffer> env = Env.create(DirectBufferProxy.PROXY_DB)
          .setMapSize(size)
          .setMaxDbs(8)
          .setMaxReaders(1024)
          .open(dir, flags);
      LOG.fine(() -> "opened " + directory + " with " + BUFFER_PROXY);
      LmdbStore store = new LmdbStore(directory, env, size, false);
      if (state != OpenCheck.State.MARKED) FormatMarker.write(directory);
      return store;
    } catch (java.io.IOException | LmdbException e) {
      throw new InternalServerError("Cannot open database directory " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the existing environment in {@code directory} read-only (MDB_RDONLY): nothing is
   * written, not even the format marker, and every write is refused. LMDB's readers still
   * register in {@code lock.mdb}; where that file cannot be written (a read-only mount or
   * directory), the environment is opened with MDB_NOLOCK, which is safe only because no process
   * can write there either.
   */
  public static LmdbStore openReadOnly(Path directory, long initialMapSize) {
    if (!Files.isDirectory(directory) || OpenCheck.check(directory) == OpenCheck.State.NEW) {
      throw new InternalServerError("No database in " + directory + " to open read-only");
    }
    Path lock = directory.resolve("lock.mdb");
    return openReadOnly(directory, initialMapSize, Files.exists(lock) ? !Files.isWritable(lock) : !Files.isWritable(directory));
  }

  /** The same, with or without LMDB's lock file ({@code noLock}: MDB_NOLOCK, nothing created). */
  static LmdbStore openReadOnly(Path directory, long initialMapSize, boolean noLock) {
    try {
      long size = Math.max(initialMapSize, fileSize(directory));
      EnvFlags[] flags = noLock
          ? new EnvFlags[] {EnvFlags.MDB_NOTLS, EnvFlags.MDB_RDONLY_ENV, EnvFlags.MDB_NOLOCK}
          : new EnvFlags[] {EnvFlags.MDB_NOTLS, EnvFlags.MDB_RDONLY_ENV};
      Env<DirectBuffer> env = Env.create(DirectBufferProxy.PROXY_DB)
          .setMapSize(size)
          .setMaxDbs(8)
          .setMaxReaders(1024)
          .open(directory.toFile(), flags);
      return new LmdbStore(directory, env, size, true);
    } catch (LmdbException e) {
      throw new InternalServerError("Cannot open database directory " + directory + " read-only: " + e.getMessage(), e);
    }
  }

  private static Dbi<DirectBuffer> openChanges(Env<DirectBuffer> env, DbiFlags[] create, boolean readOnly) {
    try {
      return env.openDbi("changes", create);
    } catch (LmdbException e) {
      if (readOnly) return null; // an older database, opened read-only: it has no change log to read
      throw e;
    }
  }

  /** Whether this store was opened read-only: writes are refused before they reach LMDB. */
  public boolean readOnly() { return readOnly; }

  /**
   * The data file's length. A write-mapped environment sets it to its map size, so it is never
   * below such a process's map: opening or adopting a smaller size there would make LMDB truncate
   * the file under the process that grew it.
   */
  private static long fileSize(Path directory) {
    return new File(directory.toFile(), "data.mdb").length();
  }

  public Path directory() { return directory; }

  public Env<DirectBuffer> env() { return env; }

  public Dbi<DirectBuffer> catalog() { return catalog; }

  public Dbi<DirectBuffer> data() { return data; }

  public Dbi<DirectBuffer> meta() { return meta; }

  /**
   * The {@code changes} database: the change log, one record per committed item change of a
   * table with a stream, written in the transaction of the change. Null only when an older
   * database is opened read-only.
   */
  public Dbi<DirectBuffer> changes() { return changes; }

  /** The only way the engine changes LMDB (see {@link Writes}). */
  public Writes writes() { return writes; }

  public long mapSize() { return mapSize; }

  /**
   * Walks {@code [low, high)} of the {@code data} database in {@code txn}; in a read transaction
   * the LMDB cursor is a reused one (see {@link ReadCursors}).
   */
  public RangeCursor range(Txn<DirectBuffer> txn, byte[] low, byte[] high, boolean forward) {
    return new RangeCursor(dataCursors, txn, low, high, forward);
  }

  /**
   * Runs {@code body} in a read transaction; the transaction ends before this returns, and
   * {@code body} must not keep it. Transactions are reused (see {@link ReadTxns}).
   */
  public <T> T read(Function<Txn<DirectBuffer>, T> body) {
    while (true) {
      mapLock.readLock().lock();
      Txn<DirectBuffer> txn = null;
      try {
        ensureOpen(); // under the lock: close() takes it exclusively, so the env stays open
        txn = readTxns.begin();
        return body.apply(txn);
      } catch (Txn.BadReaderLockException e) {
        if (txn != null) readTxns.discard(txn);
        txn = null;
        adoptResize();
      } catch (Dbi.MapResizedException e) {
        if (txn != null) readTxns.end(txn);
        txn = null;
        adoptResize();
      } finally {
        if (txn != null) readTxns.end(txn);
        mapLock.readLock().unlock();
      }
    }
  }

  /** Opens a write transaction; the caller (the one writer thread) must hold {@link #writeGate()}. */
  Txn<DirectBuffer> beginWrite() {
    ensureOpen();
    return env.txnWrite();
  }

  /** The shared side of the map lock, held by the writer for the life of a write transaction. */
  ReentrantReadWriteLock.ReadLock writeGate() {
    return mapLock.readLock();
  }

  /** Doubles the map size. No transaction of this process may be open: takes the lock exclusively. */
  void growMap() {
    mapLock.writeLock().lock();
    try {
      long next = mapSize * 2;
      env.setMapSize(next);
      mapSize = next;
      LOG.info(() -> "grew LMDB map of " + directory + " to " + next + " bytes");
    } finally {
      mapLock.writeLock().unlock();
    }
  }

  /**
   * Another process grew the map: adopt its size, which is the file's length (see
   * {@link #fileSize}); LMDB's own choice when given 0, the size in the last commit, can be
   * smaller than a map grown since, and would truncate the file.
   */
  void adoptResize() {
    mapLock.readLock().unlock();
    mapLock.writeLock().lock();
    try {
      long size = Math.max(mapSize, fileSize(directory));
      env.setMapSize(size);
      mapSize = size;
    } finally {
      mapLock.writeLock().unlock();
      mapLock.readLock().lock();
    }
  }

  private void ensureOpen() {
    if (closed) throw new InternalServerError("Database " + directory + " is closed");
  }

  public boolean isClosed() { return closed; }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    mapLock.writeLock().lock();
    try {
      dataCursors.closeAll();
      readTxns.freeAll();
      env.close();
      // Pages this process wrote went through LMDB: the next open need not walk them again.
      if (!readOnly) OpenCheck.recordCleanClose(directory);
    } finally {
      mapLock.writeLock().unlock();
    }
  }
}
