package io.dynasql.engine.backup;

import io.dynasql.engine.catalog.CatalogJson;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.error.InternalServerError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Where backups live: {@code <database>/backups/<id>/} holds {@code items.bin} (the items),
 * optionally {@code changes.bin} (changes to apply over them), {@code table.json} (the table's
 * catalog entry) and {@code backup.json} (the backup's {@link BackupMeta}). A backup is written
 * into a hidden directory and renamed into place, so a crash never leaves half a backup listed;
 * ListBackups reads the directories, so backups survive reopening without any catalog entry.
 */
final class BackupFiles {
  private static final Logger LOG = Logger.getLogger(BackupFiles.class.getName());
  static final String ITEMS = "items.bin";
  static final String CHANGES = "changes.bin";
  static final String TABLE = "table.json";
  static final String META = "backup.json";

  /** A backup on disk. */
  record Stored(BackupMeta meta, Path dir) {}

  private final Path root;

  BackupFiles(Path root) {
    this.root = root;
  }

  /** A fresh hidden directory to write a backup (or base) into before {@link #publish}. */
  Path staging(String id) {
    try {
      Files.createDirectories(root);
      return Files.createTempDirectory(root, ".staging-" + id + "-");
    } catch (IOException e) {
      throw new InternalServerError("Cannot create a backup directory under " + root + ": " + e.getMessage(), e);
    }
  }

  /** Writes the table's descriptor and the metadata, then renames the staging directory to {@code <root>/<name>}. */
  Path publish(Path staging, String name, TableDescriptor table, byte[] meta) {
    try {
      Files.write(staging.resolve(TABLE), CatalogJson.write(table));
      if (meta != null) Files.write(staging.resolve(META), meta);
      Path target = root.resolve(name);
      Files.createDirectories(root);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
      return target;
    } catch (IOException e) {
      deleteTree(staging);
      throw new InternalServerError("Cannot finish backup " + name + " under " + root + ": " + e.getMessage(), e);
    }
  }

  /** Every published backup, oldest first (then by ARN). A directory whose metadata cannot be read is skipped, with a warning. */
  List<Stored> list() {
    List<Stored> out = new ArrayList<>();
    if (!Files.isDirectory(root)) return out;
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        if (dir.getFileName().toString().startsWith(".") || !Files.isRegularFile(dir.resolve(META))) continue;
        try {
          out.add(new Stored(BackupMeta.fromJson(Files.readAllBytes(dir.resolve(META))), dir));
        } catch (IOException e) {
          LOG.warning(() -> "skipping backup directory " + dir + ": unreadable " + META + " (" + e.getMessage() + ")");
        }
      }
    } catch (IOException e) {
      throw new InternalServerError("Cannot list backups in " + root + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparingLong((Stored s) -> s.meta().createdMicros()).thenComparing(s -> s.meta().arn()));
    return out;
  }

  /** The table a backup or base directory holds. */
  static TableDescriptor table(Path dir) {
    try {
      return CatalogJson.read(Files.readAllBytes(dir.resolve(TABLE)));
    } catch (IOException | RuntimeException e) {
      throw new DamagedDataException("Backup " + dir + " has an unreadable " + TABLE + ": " + e.getMessage(), e);
    }
  }

  Path root() {
    return root;
  }

  /** Removes a directory and everything in it. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new InternalServerError("Cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
