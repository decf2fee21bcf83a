package io.dynasql.engine.exchange;

import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.ExportType;
import io.dynasql.engine.api.IncrementalExportSpecification;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.time.Micros;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ExportTableToPointInTime, DescribeExport and ListExports. An export runs to its end before the
 * call returns; its directory {@code prefix/AWSDynamoDB/<ExportId>/} is complete (manifests
 * written last) or, when it fails, removed. Descriptions are kept in the database (see {@link DescriptionStore}).
 */
public final class Exports {
  /** DynamoDB's bounds on an incremental export's window. */
  static final long MIN_WINDOW_MICROS = 15 * Micros.MINUTE;
  static final long MAX_WINDOW_MICROS = 24 * Micros.HOUR;

  private final Engine engine;
  private final DescriptionStore<ExportDescription> byArn;

  public Exports(Engine engine) {
    this.engine = engine;
    this.byArn = new DescriptionStore<>(engine, "export", DescriptionJson::of, DescriptionJson::export);
  }

  public ExportDescription exportTable(ExportTableRequest r) {
    if (r.tableName() == null || r.bucket() == null) throw new ValidationException("TableArn and S3Bucket are required");
    TableDescriptor t = engine.store().read(txn -> engine.catalog().table(txn, r.tableName()));
    if (!Files.isDirectory(r.bucket())) {
      throw new ValidationException("S3NoSuchBucket: the export destination " + r.bucket() + " is not an existing directory");
    }
    long now = Micros.now(engine.clock());
    long at;
    IncrementalExportSpecification inc = null;
    if (r.exportType() == ExportType.INCREMENTAL_EXPORT) {
      inc = window(r.incremental(), now);
      at = Micros.of(inc.exportToTime());
      LogWindow.checkCovered(t, Micros.of(inc.exportFromTime()), now);
    } else {
      at = r.exportTime() == null ? now : Micros.of(r.exportTime());
      if (r.exportTime() != null) LogWindow.checkCovered(t, at, now);
    }
    String id = ExchangeIds.newId(engine.clock().millis());
    String arn = ExchangeIds.exportArn(engine.region(), t.name(), id);
    Instant start = engine.clock().instant();
    ExportDescription d = new ExportDescription(arn, "IN_PROGRESS", ExchangeIds.tableArn(engine.region(), t.name()),
        t.name(), r.exportType(), r.exportFormat(), start, null, Micros.toInstant(at), inc, r.bucket(), r.prefix(),
        null, 0, 0, null, null);
    Path dir = r.bucket().resolve(Manifests.keyOf(d, ""));
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.createFile(dir.resolve("_started"));
      String dataKey = Manifests.keyOf(d, "data/");
      FullExport.Written w = inc != null
          ? IncrementalExport.write(engine, t, Micros.of(inc.exportFromTime()), at, inc.exportViewType(), dir.resolve("data"), dataKey, r.exportFormat())
          : FullExport.write(engine, t, r.exportTime() == null ? null : at, dir.resolve("data"), dataKey, r.exportFormat());
      ExportDescription done = new ExportDescription(arn, "COMPLETED", d.tableArn(), d.tableName(), d.exportType(),
          d.exportFormat(), start, engine.clock().instant(), d.exportTime(), inc, r.bucket(), r.prefix(),
          Manifests.keyOf(d, "manifest-summary.json"), w.items(), w.bytes(), null, null);
      List<Manifests.FileEntry> files = new ArrayList<>();
      for (DataFile f : w.files()) files.add(new Manifests.FileEntry(f.itemCount(), f.md5(), f.key()));
      Manifests.write(dir, done, files, Integer.toString(t.keyspace()));
      byArn.put(arn, done);
      return done;
    } catch (IOException | RuntimeException e) {
      TreeDelete.quietly(dir);
      byArn.put(arn, new ExportDescription(arn, "FAILED", d.tableArn(), d.tableName(), d.exportType(), d.exportFormat(),
          start, engine.clock().instant(), d.exportTime(), inc, r.bucket(), r.prefix(), null, 0, 0,
          e instanceof IOException ? "S3WriteFailed" : "InternalError", String.valueOf(e.getMessage())));
      if (e instanceof RuntimeException re) throw re;
      throw new InternalServerError("Export of " + t.name() + " to " + dir + " failed: " + e.getMessage(), e);
    }
  }

  private static IncrementalExportSpecification window(IncrementalExportSpecification spec, long now) {
    if (spec == null || spec.exportFromTime() == null) {
      throw new ValidationException("IncrementalExportSpecification.ExportFromTime is required for an INCREMENTAL_EXPORT");
    }
    Instant to = spec.exportToTime() == null ? Micros.toInstant(now) : spec.exportToTime();
    long length = Micros.of(to) - Micros.of(spec.exportFromTime());
    if (length < MIN_WINDOW_MICROS || length > MAX_WINDOW_MICROS) {
      throw new ValidationException("An incremental export's window must be between 15 minutes and 24 hours long; "
          + spec.exportFromTime() + " to " + to + " is not");
    }
    if (Micros.of(to) > now) throw new ValidationException("ExportToTime " + to + " is in the future");
    return new IncrementalExportSpecification(spec.exportFromTime(), to, spec.exportViewType());
  }

  public ExportDescription describeExport(String exportArn) {
    ExportDescription d = byArn.get(exportArn);
    if (d == null) throw new ResourceNotFoundException("ExportNotFoundException: no export " + exportArn);
    return d;
  }

  /** Exports of {@code tableName} (all when null), oldest first. */
  public List<ExportDescription> listExports(String tableName) {
    List<ExportDescription> out = new ArrayList<>();
    for (ExportDescription d : byArn.all()) {
      if (tableName == null || tableName.equals(d.tableName())) out.add(d);
    }
    out.sort(java.util.Comparator.comparing(ExportDescription::startTime).thenComparing(ExportDescription::exportArn));
    return out;
  }
}
