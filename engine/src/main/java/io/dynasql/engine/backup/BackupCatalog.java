package io.dynasql.engine.backup;

import io.dynasql.engine.error.BackupNotFoundException;
import io.dynasql.engine.time.Micros;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The backups of one database as the clock sees them: SYSTEM backups past their expiry are
 * removed when next listed (DynamoDB keeps them 35 days), and a backup is found by its ARN, its
 * id, or, for the SQL layer, its name when only one backup has it.
 */
final class BackupCatalog {
  private final BackupFiles files;
  private final Clock clock;

  BackupCatalog(BackupFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  BackupFiles files() {
    return files;
  }

  /** Every backup not yet expired, oldest first. */
  synchronized List<BackupFiles.Stored> live() {
    long now = Micros.now(clock);
    List<BackupFiles.Stored> out = new ArrayList<>();
    for (BackupFiles.Stored s : files.list()) {
      if (s.meta().expiresMicros() <= now) BackupFiles.deleteTree(s.dir());
      else out.add(s);
    }
    return out;
  }

  /** The backup with this ARN, or BackupNotFoundException. */
  BackupFiles.Stored byArn(String arn) {
    String id = BackupArns.idOf(arn);
    for (BackupFiles.Stored s : id == null ? List.<BackupFiles.Stored>of() : live()) {
      if (s.meta().arn().equals(arn)) return s;
    }
    throw new BackupNotFoundException("Backup not found: " + arn);
  }

  /**
   * The backup a SQL statement or the command line names: by ARN, by id, or by name when exactly
   * one backup has that name; otherwise BackupNotFoundException saying why.
   */
  BackupFiles.Stored byReference(String reference) {
    if (BackupArns.idOf(reference) != null) return byArn(reference);
    List<BackupFiles.Stored> named = new ArrayList<>();
    for (BackupFiles.Stored s : live()) {
      if (s.meta().id().equals(reference)) return s;
      if (s.meta().name().equals(reference)) named.add(s);
    }
    if (named.size() == 1) return named.get(0);
    if (named.isEmpty()) throw new BackupNotFoundException("Backup not found: no backup has the ARN, id or name '" + reference + "'");
    StringBuilder ids = new StringBuilder();
    for (BackupFiles.Stored s : named) ids.append(ids.length() == 0 ? "" : ", ").append(s.meta().id());
    throw new BackupNotFoundException("Backup name '" + reference + "' is ambiguous: " + named.size()
        + " backups have it (ids " + ids + "); name one by its id or ARN");
  }
}
