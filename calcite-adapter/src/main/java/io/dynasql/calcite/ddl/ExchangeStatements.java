package io.dynasql.calcite.ddl;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.TableDescription;
import java.nio.file.Path;

/**
 * Runs EXPORT TABLE (ExportTableToPointInTime: now, at a past second, or a window of changes) and IMPORT TABLE (ImportTable into the table
 * the statement defines). Both run to their end; the export and import are then listed by the
 * engine's ListExports / ListImports, with their counts and, for an import, its error log.
 */
final class ExchangeStatements {
  private ExchangeStatements() {}

  /** EXPORT TABLE: ExportTableToPointInTime, answered with its ExportDescription's main fields. */
  static DdlAnswer export(Database db, DdlStatement.ExportTable e) {
    ExportTableRequest r = ExportTableRequest.full(e.table(), Path.of(e.directory())).withFormat(e.format());
    if (e.asOf() != null) r = r.withExportTime(e.asOf());
    if (e.changes() != null) r = r.incremental(e.changes());
    io.dynasql.engine.api.ExportDescription d = db.exportTableToPointInTime(r);
    return new DdlAnswer.Builder().text("export_arn", d.exportArn()).text("export_status", d.exportStatus())
        .text("table_name", d.tableName()).text("export_type", d.exportType()).text("export_format", d.exportFormat())
        .time("export_time", d.exportTime()).count("item_count", d.itemCount())
        .count("billed_size_bytes", d.billedSizeBytes()).text("export_manifest", d.exportManifest())
        .text("s3_bucket", d.bucket()).build();
  }

  /** IMPORT TABLE: ImportTable into the new table, answered with its ImportTableDescription's main fields. */
  static DdlAnswer importTable(Database db, DdlStatement.ImportTable i) {
    io.dynasql.engine.api.ImportDescription d = db.importTable(new ImportTableRequest(Path.of(i.source()), i.format(),
        i.compression(), DdlRequests.createTable(i.definition()), null));
    return new DdlAnswer.Builder().text("import_arn", d.importArn()).text("import_status", d.importStatus())
        .text("table_name", d.tableName()).count("processed_item_count", d.processedItemCount())
        .count("imported_item_count", d.importedItemCount()).count("error_count", d.errorCount())
        .text("error_log", d.errorLog()).text("failure_code", d.failureCode())
        .text("failure_message", d.failureMessage()).build();
  }
}
