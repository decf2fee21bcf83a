package io.dynasql.calcite.dml;

import io.dynasql.calcite.DynasqlSchema;
import io.dynasql.calcite.DynasqlTypeSystem;
import io.dynasql.calcite.ddl.DdlExecutor;
import io.dynasql.calcite.ddl.DdlParser;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * A temporary database with a SQL session as the driver makes one, its dynasql schema as the
 * default, and DML run the way the driver runs it: parsed, executed under a fresh access report.
 */
final class DmlFixture implements AutoCloseable {
  final Database db = Database.temporary();
  final io.dynasql.calcite.exec.SqlSession session = new io.dynasql.calcite.exec.SqlSession("dynasql");
  /** The access report of the last statement run. */
  AccessReport report;

  DmlFixture() throws SQLException {
    session.putSchema("dynasql", new DynasqlSchema(db, 100));
  }

  /** Runs DDL on the engine, as the driver does before offering a statement to DML. */
  void ddl(String sql) {
    DdlExecutor.execute(db, DdlParser.parse(sql).orElseThrow());
  }

  /** Parses and runs one DML statement with its parameters; returns the rows affected. */
  long run(String sql, Object... params) throws SQLException, SqlParseException {
    DmlStatement dml = DmlTexts.parse(sql).orElseThrow(() -> new AssertionError("not DML: " + sql));
    report = new AccessReport();
    return DmlExecutor.execute(new DmlContext(session, report), db, dml, Arrays.asList(params));
  }

  /** The kinds of the last statement's accesses, in order: e.g. [GET, WRITE]. */
  List<String> accesses() {
    return report.records().stream().map(r -> r.kind().name()).toList();
  }

  /** The last statement's WRITE record. */
  AccessRecord write() {
    return report.records().stream().filter(r -> r.kind().name().equals("WRITE")).findFirst().orElseThrow();
  }

  Map<String, AttributeValue> item(String table, Map<String, AttributeValue> key) {
    return db.getItem(GetItemRequest.of(table, key)).item();
  }

  int count(String table) {
    return db.scan(ScanRequest.builder(table).build()).items().size();
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
