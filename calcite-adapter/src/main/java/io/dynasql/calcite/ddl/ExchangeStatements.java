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

  static TableDescription export(Database db, DdlStatement.ExportTable e) {
    ExportTableRequest r = ExportTableRequest.full(e.table(), Path.of(e.directory())).withFormat(e.format());
    if (e.asOf() != null) r = r.withExportTime(e.asOf());
    if (e.changes() != null) r = r.incremental(e.changes());
    db.exportTableToPointInTime(r);
    return db.describeTable(e.table());
  }

  static TableDescription importTable(Database db, DdlStatement.ImportTable i) {
    db.importTable(new ImportTableRequest(Path.of(i.source()), i.format(), i.compression(),
        DdlRequests.createTable(i.definition()), null));
    return db.describeTable(i.table());
  }
}
