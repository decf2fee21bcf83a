package io.dynasql.calcite.stream;

import io.dynasql.calcite.DynasqlSchema;
import io.dynasql.engine.Database;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * What {@code dynasql_stream(table, position)} returns: on each scan, every record of the table's
 * stream from the position to what exists now, in every shard. The reads go into the statement's
 * access report as one {@code access=STREAM} line: records read, their SizeBytes, and as read
 * units the GetRecords calls made, since DynamoDB bills each GetRecords call as one streams read
 * request unit of up to 1 MB, apart from the table's read units
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CostOptimization_StreamsUsage.html).
 */
final class StreamTable extends AbstractTable implements ScannableTable {
  private final String table;
  private final String position;

  /** Either may be null while the statement is planned with its literals lifted into parameters. */
  StreamTable(String table, String position) {
    this.table = table;
    this.position = position;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return StreamRows.rowType(f);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    if (table == null) throw new ValidationException("dynasql_stream needs a table name; it was given null");
    StreamStart start = StreamStart.parse(position);
    StreamCursor cursor = new StreamCursor(database(root, table), table, start);
    List<Object[]> rows = new ArrayList<>();
    long bytes = 0;
    for (StreamChange c : cursor.poll()) {
      rows.add(StreamRows.of(c));
      bytes += c.event().dynamodb().sizeBytes();
    }
    AccessReport report = AccessReport.of(root);
    if (report != null) {
      report.put(report.open(), new AccessRecord(AccessKind.STREAM, table, null, rows.size(), rows.size(), bytes,
          cursor.getRecordsCalls(), 0));
    }
    return Linq4j.asEnumerable(rows);
  }

  /**
   * The database of the session's dynasql schema holding {@code table}: a table function is a
   * static method, so the store is found through the execution's schemas, not kept in the function.
   */
  private static Database database(DataContext root, String table) {
    SchemaPlus schemas = root.getRootSchema();
    Database fallback = null;
    for (String name : schemas.subSchemas().getNames(LikePattern.any())) {
      SchemaPlus s = schemas.subSchemas().get(name);
      DynasqlSchema d = s == null ? null : dynasql(s);
      if (d == null) continue;
      if (d.database().descriptors().containsKey(table)) return d.database();
      fallback = d.database();
    }
    if (fallback == null) throw new IllegalStateException("dynasql_stream runs only in a dynasql session");
    // no such table: let the engine say so, as DescribeTable does (ResourceNotFoundException)
    return fallback;
  }

  /** The dynasql schema behind {@code s}, or null (sys, information_schema and sources are others). */
  private static DynasqlSchema dynasql(SchemaPlus s) {
    try {
      return s.unwrap(DynasqlSchema.class);
    } catch (ClassCastException e) {
      return null;
    }
  }
}
