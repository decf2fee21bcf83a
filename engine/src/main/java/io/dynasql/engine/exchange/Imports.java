package io.dynasql.engine.exchange;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.TableOperations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ImportTable, DescribeImport and ListImports. An import creates its table, reads every source
 * file, then bulk-loads the good items (see {@link BulkLoad}); rejected records are counted and
 * logged, as DynamoDB does. When the import fails (an unreadable or corrupt file, a write error)
 * the new table is deleted again, so a failed import leaves nothing behind.
 */
public final class Imports {
  /** Items per write transaction of the bulk load (see {@link BulkLoad}); the benchmark report quotes it. */
  public static final int BULK_CHUNK = BulkLoad.CHUNK;

  private final Engine engine;
  private final TableOperations tables;
  private final DescriptionStore<ImportDescription> byArn;

  public Imports(Engine engine, TableOperations tables) {
    this.engine = engine;
    this.tables = tables;
    this.byArn = new DescriptionStore<>(engine, "import", DescriptionJson::of, DescriptionJson::importDescription);
  }

  public ImportDescription importTable(ImportTableRequest r) {
    CreateTableRequest create = r.tableCreationParameters();
    if (create == null || r.inputFormat() == null) {
      throw new ValidationException("TableCreationParameters and InputFormat are required");
    }
    List<Path> files = SourceFiles.list(r.source());
    if (engine.store().read(txn -> engine.catalog().tables(txn).containsKey(create.tableName()))) {
      throw new ResourceInUseException("Table already exists: " + create.tableName() + " (ImportTable creates a new table)");
    }
    String id = ExchangeIds.newId(engine.clock().millis());
    String arn = ExchangeIds.importArn(engine.region(), create.tableName(), id);
    Instant start = engine.clock().instant();
    tables.createTable(create);
    Path logPath = engine.store().directory().resolve("imports").resolve(id + "-errors.jsonl");
    try (ErrorLog log = new ErrorLog(logPath)) {
      TableDescriptor t = tables.descriptor(create.tableName());
      long version = engine.store().read(txn -> txn.getId()); // the last commit: every later write has a higher id
      ImportRows rows = new ImportRows(t, version, log);
      try (rows) {
        for (Path f : files) read(r, f, t, rows);
        rows.finish();
      }
      BulkLoad.load(engine, t, BulkLoad.sortUnique(rows.rows));
      writeLongKeyed(t, rows.longKeyed);
      long imported = engine.store().read(txn -> engine.meta().get(txn, io.dynasql.engine.store.Meta.countKey(t.keyspace())));
      ImportDescription d = new ImportDescription(arn, "COMPLETED", ExchangeIds.tableArn(engine.region(), t.name()),
          t.name(), r.source(), r.inputFormat(), r.inputCompression(), start, engine.clock().instant(),
          rows.processed, imported, rows.errorCount, rows.processedBytes, rows.errorCount > 0 ? logPath : null, null, null);
      byArn.put(arn, d);
      return d;
    } catch (IOException | RuntimeException e) {
      dropQuietly(create.tableName());
      byArn.put(arn, new ImportDescription(arn, "FAILED", ExchangeIds.tableArn(engine.region(), create.tableName()),
          create.tableName(), r.source(), r.inputFormat(), r.inputCompression(), start, engine.clock().instant(),
          0, 0, 0, 0, null, e instanceof DynamoException d ? d.errorCode() : "InternalError", e.getMessage()));
      if (e instanceof DynamoException d) throw d;
      throw new ValidationException("Import into " + create.tableName() + " failed, nothing was imported: " + e.getMessage(), e);
    }
  }

  private static void read(ImportTableRequest r, Path f, TableDescriptor t, ImportRows rows) throws IOException {
    String name = r.source().equals(f) ? f.getFileName().toString() : r.source().relativize(f).toString();
    try (InputStream in = SourceFiles.open(f, r.inputCompression())) {
      if (r.inputFormat() == InputFormat.DYNAMODB_JSON) JsonRecords.read(in, name, rows);
      else if (r.inputFormat() == InputFormat.ION) IonRecords.read(in, name, rows);
      else CsvRecords.read(in, name, r.csv(), t.keySchema(), rows);
    } catch (IOException e) {
      throw new ValidationException("Cannot read import file " + name + " as " + r.inputFormat() + " with compression "
          + r.inputCompression() + ": " + e.getMessage() + " (a corrupt file, or the wrong compression)", e);
    }
  }

  private void writeLongKeyed(TableDescriptor t, List<Map<String, AttributeValue>> items) {
    if (items.isEmpty()) return;
    engine.writer().submit(txn -> {
      for (Map<String, AttributeValue> item : items) {
        Map<String, AttributeValue> old = engine.items().get(txn, t, t.keySchema().keyOf(item));
        int oldSize = old == null ? 0 : io.dynasql.engine.codec.ItemSize.of(old);
        engine.items().put(txn, t, item, old, io.dynasql.engine.codec.ItemSize.of(item), oldSize);
      }
      return null;
    });
  }

  private void dropQuietly(String table) {
    try {
      tables.deleteTable(table);
    } catch (RuntimeException e) {
      // the table was never created, or is gone already
    }
  }

  public ImportDescription describeImport(String importArn) {
    ImportDescription d = byArn.get(importArn);
    if (d == null) throw new ResourceNotFoundException("ImportNotFoundException: no import " + importArn);
    return d;
  }

  /** Imports into {@code tableName} (all when null), oldest first. */
  public List<ImportDescription> listImports(String tableName) {
    List<ImportDescription> out = new ArrayList<>();
    for (ImportDescription d : byArn.all()) {
      if (tableName == null || tableName.equals(d.tableName())) out.add(d);
    }
    out.sort(java.util.Comparator.comparing(ImportDescription::startTime).thenComparing(ImportDescription::importArn));
    return out;
  }
}
