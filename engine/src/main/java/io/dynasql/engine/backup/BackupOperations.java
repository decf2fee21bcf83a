package io.dynasql.engine.backup;

import io.dynasql.engine.api.BackupDescription;
import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.ListBackupsResponse;
import io.dynasql.engine.api.SourceTableDetails;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ReadOnlyDatabaseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.TableNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.BackupStatus;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.Names;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CreateBackup, DescribeBackup, ListBackups and DeleteBackup (APIReference/API_CreateBackup.html
 * and its neighbours). A backup of a table with point-in-time recovery also becomes the table's
 * new recovery base, so restores replay less of the log.
 */
public final class BackupOperations {
  private final Engine engine;
  private final BackupCatalog catalog;
  private final RecoveryBases bases;

  public BackupOperations(Engine engine, RecoveryBases bases) {
    this.engine = engine;
    this.catalog = new BackupCatalog(new BackupFiles(engine.store().directory().resolve("backups")), engine.clock());
    this.bases = bases;
  }

  BackupCatalog catalog() {
    return catalog;
  }

  public BackupDetails createBackup(CreateBackupRequest r) {
    Names.checkTable(r.tableName());
    checkName(r.backupName());
    refuseReadOnly();
    Snapshot snap;
    Path staging = catalog.files().staging("backup");
    try {
      snap = Snapshot.take(engine, r.tableName(), staging.resolve(BackupFiles.ITEMS));
    } catch (ResourceNotFoundException e) {
      BackupFiles.deleteTree(staging);
      throw new TableNotFoundException("Table not found: " + r.tableName());
    }
    String id = BackupArns.newId(snap.takenMicros());
    BackupMeta meta = new BackupMeta(id, BackupArns.arn(engine.region(), r.tableName(), id), r.backupName(), BackupType.USER,
        r.tableName(), snap.takenMicros(), BackupMeta.NEVER, snap.itemCount(), snap.sizeBytes());
    Path dir = catalog.files().publish(staging, id, snap.table(), meta.toJson());
    if (snap.table().pitrEnabled()) bases.adopt(snap, dir.resolve(BackupFiles.ITEMS));
    return meta.details(BackupStatus.AVAILABLE);
  }

  public BackupDescription describeBackup(String backupArn) {
    BackupFiles.Stored s = catalog.byArn(backupArn);
    return describe(s, BackupStatus.AVAILABLE);
  }

  /** The backup a SQL statement or the command line names (ARN, id or unique name). */
  public BackupDescription describeBackupByReference(String reference) {
    return describe(catalog.byReference(reference), BackupStatus.AVAILABLE);
  }

  public BackupDescription deleteBackup(String backupArn) {
    refuseReadOnly();
    BackupFiles.Stored s = catalog.byArn(backupArn);
    BackupDescription d = describe(s, BackupStatus.DELETED);
    BackupFiles.deleteTree(s.dir());
    return d;
  }

  public ListBackupsResponse listBackups(ListBackupsRequest r) {
    int limit = r.limit() == null ? 100 : r.limit();
    if (limit < 1 || limit > 100) {
      throw new ValidationException("1 validation error detected: Value '" + limit
          + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
    }
    if (r.tableName() != null) Names.checkTable(r.tableName());
    long low = r.timeRangeLowerBound() == null ? Long.MIN_VALUE : Micros.of(r.timeRangeLowerBound());
    long high = r.timeRangeUpperBound() == null ? Long.MAX_VALUE : Micros.of(r.timeRangeUpperBound());
    List<BackupSummary> page = new ArrayList<>();
    boolean started = r.exclusiveStartBackupArn() == null;
    String last = null;
    for (BackupFiles.Stored s : catalog.live()) {
      BackupMeta m = s.meta();
      if (!started) {
        started = m.arn().equals(r.exclusiveStartBackupArn());
        continue;
      }
      if (r.tableName() != null && !r.tableName().equals(m.tableName())) continue;
      if (m.createdMicros() < low || m.createdMicros() >= high || !r.backupType().accepts(m.type())) continue;
      if (page.size() == limit) {
        last = page.get(page.size() - 1).backupDetails().backupArn();
        break;
      }
      page.add(new BackupSummary(m.tableName(), m.details(BackupStatus.AVAILABLE)));
    }
    return new ListBackupsResponse(page, last);
  }

  private BackupDescription describe(BackupFiles.Stored s, BackupStatus status) {
    TableDescriptor t = BackupFiles.table(s.dir());
    List<String> gsis = new ArrayList<>();
    List<String> lsis = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) (i.kind() == IndexKind.GLOBAL ? gsis : lsis).add(i.name());
    BackupMeta m = s.meta();
    return new BackupDescription(m.details(status), new SourceTableDetails(m.tableName(), t.keySchema(), m.itemCount(),
        m.sizeBytes(), Instant.ofEpochMilli(t.createdAtMillis()), t.billingMode(), gsis, lsis));
  }

  /** DynamoDB's rule for BackupName (API_CreateBackup.html): 3-255 of a-z A-Z 0-9 _ - . */
  private static void checkName(String name) {
    if (name == null || name.length() < 3 || name.length() > 255 || !name.matches("[a-zA-Z0-9_.-]+")) {
      throw new ValidationException("1 validation error detected: Value '" + name + "' at 'backupName' failed to"
          + " satisfy constraint: Member must have length between 3 and 255 and match [a-zA-Z0-9_.-]+");
    }
  }

  private void refuseReadOnly() {
    if (engine.store().readOnly()) {
      throw new ReadOnlyDatabaseException("Database " + engine.store().directory() + " is open read-only: backups are refused");
    }
  }
}
