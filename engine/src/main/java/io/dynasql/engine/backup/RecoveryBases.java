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
 * A new base (on enabling, with every CreateBackup of the table, and from {@link #refresh}) only
 * shortens that replay and lets the log's trim go further; the older base is removed once the
 * new floor is committed. A restore, which runs in the writer's transaction, reads the floor
 * there, so it always finds the base that floor names.
 */
public final class RecoveryBases {
  private final Engine engine;
  private final Path root;

  public RecoveryBases(Engine engine) {
    this.engine = engine;
    this.root = engine.store().directory().resolve("recovery");
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
