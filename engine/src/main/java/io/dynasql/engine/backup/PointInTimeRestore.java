package io.dynasql.engine.backup;

import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.changelog.RetentionFloor;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.error.InvalidRestoreTimeException;
import io.dynasql.engine.error.PointInTimeRecoveryUnavailableException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.Names;
import io.dynasql.engine.ops.TableOperations;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * RestoreTableToPointInTime (APIReference/API_RestoreTableToPointInTime.html): a new table with
 * the source's items as they were at a second T, that is after every change committed at or
 * before T and none after. From the source's recovery base (taken at log sequence B): the logged
 * changes up to B committed after T are undone (their old images, newest first), and those after
 * B committed at or before T are replayed (their new images, in order). Runs in one writer
 * transaction, so the new table appears complete or not at all; other writes wait meanwhile.
 */
public final class PointInTimeRestore {
  private final Engine engine;
  private final RecoveryBases bases;
  private final ContinuousBackups settings;

  public PointInTimeRestore(Engine engine, RecoveryBases bases, ContinuousBackups settings) {
    this.engine = engine;
    this.bases = bases;
    this.settings = settings;
  }

  public TableDescription restore(RestoreTableToPointInTimeRequest r) {
    Names.checkTable(r.sourceTableName());
    Names.checkTable(r.targetTableName());
    if ((r.restoreDateTime() == null) == !r.useLatestRestorableTime()) {
      throw new ValidationException("Give either RestoreDateTime or UseLatestRestorableTime, not "
          + (r.useLatestRestorableTime() ? "both" : "neither") + " (restoring " + r.sourceTableName() + ")");
    }
    TableDescriptor source = engine.store().read(txn -> settings.table(txn, r.sourceTableName()));
    long time = restoreTime(source, r);
    RestoreTarget.check(source, r.targetTableName(), r.indexes());
    if (engine.store().read(txn -> RetentionFloor.read(engine.store(), txn, source.keyspace())) < 0) {
      bases.take(source.name()); // enabling took none (the process stopped first): nothing was trimmed yet
    }
    long current = engine.store().read(txn -> RetentionFloor.read(engine.store(), txn, source.keyspace()));
    Path checked = current < 0 ? null : bases.baseDir(source.keyspace(), current);
    if (checked != null) RecordFile.verify(checked.resolve(BackupFiles.ITEMS)); // damage found before the writer waits
    return engine.writer().submit(txn -> {
      TableDescriptor now = settings.table(txn, r.sourceTableName());
      if (now.keyspace() != source.keyspace() || !now.pitrEnabled()) throw unavailable(now.name());
      long floor = RetentionFloor.read(engine.store(), txn, now.keyspace());
      Path base = floor < 0 ? null : bases.baseDir(now.keyspace(), floor);
      if (base == null) throw new DamagedDataException("The recovery base of table " + now.name() + " is missing under "
          + engine.store().directory().resolve("recovery") + "; disable and enable point-in-time recovery to take a new one");
      RestoreTarget target = RestoreTarget.create(engine, txn, now, r.targetTableName(), r.indexes());
      RecordFile.read(base.resolve(BackupFiles.ITEMS), bytes -> target.add(ItemCodec.decode(bytes)));
      for (ImageChange c : undone(txn, now, floor, time)) target.apply(c);
      try (LogCursor c = new LogCursor(engine.store(), txn, now.keyspace(), floor + 1)) {
        while (c.next() && c.micros() <= time) target.apply(forward(now, c.record()));
      }
      return new TableOperations(engine).describe(txn, target.table());
    });
  }

  /** The logged changes up to the base committed after {@code time}, as undo steps, newest first. */
  private List<ImageChange> undone(Txn<DirectBuffer> txn, TableDescriptor t, long floor, long time) {
    List<ImageChange> out = new ArrayList<>();
    long from = LogCursor.firstAtOrAfter(engine.store(), txn, t.keyspace(), time + 1);
    try (LogCursor c = new LogCursor(engine.store(), txn, t.keyspace(), from == Long.MAX_VALUE ? floor + 1 : from)) {
      while (c.next() && c.sequence() <= floor) {
        ChangeRecord rec = c.record();
        out.add(new ImageChange(t.keySchema().keyOf(rec.newImage() != null ? rec.newImage() : rec.oldImage()), rec.oldImage()));
      }
    }
    Collections.reverse(out);
    return out;
  }

  private static ImageChange forward(TableDescriptor t, ChangeRecord rec) {
    return new ImageChange(t.keySchema().keyOf(rec.newImage() != null ? rec.newImage() : rec.oldImage()), rec.newImage());
  }

  /** T in µs, a whole second inside the window; InvalidRestoreTimeException otherwise. */
  private long restoreTime(TableDescriptor source, RestoreTableToPointInTimeRequest r) {
    long[] window = settings.window(source);
    if (window == null) throw unavailable(source.name());
    if (r.useLatestRestorableTime()) return window[1];
    long t = Math.floorDiv(Micros.of(r.restoreDateTime()), Micros.SECOND) * Micros.SECOND;
    if (t < window[0] || t > window[1]) {
      throw new InvalidRestoreTimeException("Invalid restore time: " + r.restoreDateTime() + " is outside the window of table "
          + source.name() + ", from EarliestRestorableDateTime " + Micros.toInstant(window[0]) + " to LatestRestorableDateTime "
          + Micros.toInstant(window[1]));
    }
    return t;
  }

  private static PointInTimeRecoveryUnavailableException unavailable(String table) {
    return new PointInTimeRecoveryUnavailableException("Point in time recovery is not enabled for table '" + table
        + "': enable it with UpdateContinuousBackups (ALTER TABLE " + table + " SET POINT_IN_TIME_RECOVERY ON)");
  }
}
