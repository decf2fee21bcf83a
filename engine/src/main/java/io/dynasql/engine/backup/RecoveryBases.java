package io.dynasql.engine.backup;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.RetentionFloor;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.time.Micros;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The recovery base of each table with point-in-time recovery: a {@link Snapshot} of its items
 * under {@code <database>/recovery/<keyspace>/<sequence>-<micros>/}, and its sequence number as
 * the table's {@link RetentionFloor}. One base is enough: a restore to any second of the window
 * undoes the logged changes between that second and the base, or replays those after the base.
 * A new base (on enabling, with every CreateBackup of the table, from {@link #refresh}, and in
 * the background when the change log finds records older than the period that only a newer base
 * would let it trim) shortens that replay and lets the log's trim go further; the older base is removed once the
 * new floor is committed. A restore, which runs in the writer's transaction, reads the floor
 * there, so it always finds the base that floor names.
 */
public final class RecoveryBases implements AutoCloseable {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RecoveryBases.class.getName());

  private final Engine engine;
  private final Path root;
  /** Takes the bases the change log asks for, one at a time, off the writer's thread. */
  private final java.util.concurrent.ExecutorService background;
  private final java.util.Set<String> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public RecoveryBases(Engine engine) {
    this.engine = engine;
    this.root = engine.store().directory().resolve("recovery");
    String name = "dynasql-recovery-bases-" + engine.store().directory().getFileName();
    this.background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    engine.changes().onRecoveryBaseWanted(t -> takeLater(t.name()));
  }

  /**
   * Takes a new base of {@code name} on the background thread, unless one is already asked for.
   * A failure (the table was deleted meanwhile, say) is logged; the log asks again later.
   */
  void takeLater(String name) {
    if (!pending.add(name)) return;
    try {
      background.execute(() -> {
        try {
          take(name);
        } catch (RuntimeException e) {
          LOG.log(java.util.logging.Level.FINE, "no recovery base taken for " + name, e);
        } finally {
          pending.remove(name);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      pending.remove(name);
    }
  }

  /** Waits (real time, at most {@code timeout}) until every base asked for so far is taken; false on timeout. */
  public boolean awaitBackground(java.time.Duration timeout) {
    try {
      background.submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the background thread after the base it is taking. */
  @Override
  public void close() {
    background.shutdown();
    try {
      background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a new base of table {@code name} (which must have recovery enabled) and makes it the table's base. */
  public synchronized void take(String name) {
    BackupFiles files = new BackupFiles(root);
    Path staging = files.staging("base");
    Snapshot snap = Snapshot.take(engine, name, staging.resolve(BackupFiles.ITEMS));
    install(snap, staging);
  }

  /** Makes a copy of a backup's items (just written from {@code snap}) the table's base. */
  synchronized void adopt(Snapshot snap, Path itemsFile) {
    Path staging = new BackupFiles(root).staging("base");
    try {
      try {
        Files.createLink(staging.resolve(BackupFiles.ITEMS), itemsFile);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(itemsFile, staging.resolve(BackupFiles.ITEMS));
      }
    } catch (IOException e) {
      BackupFiles.deleteTree(staging);
      throw new InternalServerError("Cannot copy backup items into a recovery base: " + e.getMessage(), e);
    }
    install(snap, staging);
  }

  private void install(Snapshot snap, Path staging) {
    int keyspace = snap.table().keyspace();
    Path dir = root.resolve(String.valueOf(keyspace));
    String name = snap.sequence() + "-" + snap.takenMicros();
    if (Files.exists(dir.resolve(name)) || baseDir(keyspace, snap.sequence()) != null) {
      BackupFiles.deleteTree(staging); // no change since that base: it already is this one
      return;
    }
    new BackupFiles(dir).publish(staging, name, snap.table(), null);
    boolean adopted = engine.writer().submit(txn -> {
      TableDescriptor now = engine.catalog().tables(txn).get(snap.table().name());
      if (now == null || now.keyspace() != keyspace || !now.pitrEnabled()) return false;
      if (RetentionFloor.read(engine.store(), txn, keyspace) < snap.sequence()) {
        RetentionFloor.write(engine.store(), txn, keyspace, snap.sequence());
      }
      return true;
    });
    if (!adopted) {
      BackupFiles.deleteTree(dir.resolve(name));
      return;
    }
    removeBelow(keyspace, snap.sequence());
  }

  /** The directory of the base taken at {@code sequence} for {@code keyspace}, or null. */
  Path baseDir(int keyspace, long sequence) {
    Path dir = root.resolve(String.valueOf(keyspace));
    if (!Files.isDirectory(dir)) return null;
    try (Stream<Path> bases = Files.list(dir)) {
      return bases.filter(p -> p.getFileName().toString().startsWith(sequence + "-")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new InternalServerError("Cannot list recovery bases in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** When the base at {@code sequence} was taken (µs), from its directory's name. */
  static long takenMicros(Path baseDir) {
    String n = baseDir.getFileName().toString();
    return Long.parseLong(n.substring(n.indexOf('-') + 1));
  }

  /** Removes every base of {@code keyspace} (recovery disabled, or the table deleted). */
  public synchronized void drop(int keyspace) {
    BackupFiles.deleteTree(root.resolve(String.valueOf(keyspace)));
  }

  private void removeBelow(int keyspace, long sequence) {
    Path dir = root.resolve(String.valueOf(keyspace));
    try (Stream<Path> bases = Files.list(dir)) {
      for (Path p : (Iterable<Path>) bases::iterator) {
        String n = p.getFileName().toString();
        if (!n.startsWith(".") && Long.parseLong(n.substring(0, n.indexOf('-'))) < sequence) BackupFiles.deleteTree(p);
      }
    } catch (IOException e) {
      throw new InternalServerError("Cannot list recovery bases in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Takes a new base for every table with recovery enabled whose base is missing or older than
   * {@code maxAgeMicros} by the clock; returns how many were taken. Not a DynamoDB operation.
   */
  public int refresh(long maxAgeMicros) {
    int taken = 0;
    long now = Micros.now(engine.clock());
    Map<String, TableDescriptor> tables = engine.store().read(txn -> engine.catalog().tables(txn));
    for (TableDescriptor t : tables.values()) {
      if (!t.pitrEnabled()) continue;
      long floor = engine.store().read(txn -> RetentionFloor.read(engine.store(), txn, t.keyspace()));
      Path base = floor < 0 ? null : baseDir(t.keyspace(), floor);
      if (base == null || now - takenMicros(base) >= maxAgeMicros) {
        take(t.name());
        taken++;
      }
    }
    return taken;
  }
}
