package io.dynasql.federation.dynamo;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.ItemJson;
import io.dynasql.calcite.RowTypes;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.calcite.SqlValues;
import io.dynasql.calcite.StoredValues;
import io.dynasql.calcite.dml.SourceKeyCheck;
import io.dynasql.calcite.dml.SourceWrite;
import io.dynasql.calcite.dml.SourceWriteResult;
import io.dynasql.calcite.dml.WritableSource;
import io.dynasql.pushdown.backend.TableStatistics;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.ColumnRef;
import io.dynasql.pushdown.DynamoSource;
import io.dynasql.pushdown.DynamoTableAccess;
import io.dynasql.pushdown.backend.TableBackend;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table of a DynamoDB source as a SQL table. It is planned exactly as a local table is: a
 * reference becomes a {@link DynamoTableAccess} that the same pushdown rules narrow to a GET,
 * BATCH_GET, QUERY or SCAN (and lookup joins, LIMIT, COUNT), read through a {@link
 * DynamoBackend} instead of the LMDB engine. Columns are built as for a local table whose
 * columns were sampled ({@link ColumnModel}), including {@code _item}, the whole item as JSON.
 * INSERT, UPSERT, UPDATE and DELETE are planned as for a dynasql table and sent as DynamoDB's own
 * write calls ({@link WritableSource}, {@link DynamoWriter}).
 */
public final class DynamoTable extends AbstractTable implements TranslatableTable, DynamoSource, WritableSource {
  private final String source;
  private final TableDescriptor descriptor;
  private final TableBackend backend;
  private final List<SqlColumn> columns;
  private final List<ColumnRef> refs;
  private final DynamoWriter writer;
  private final boolean pushdown;

  DynamoTable(String source, TableDescriptor descriptor, TableBackend backend, DynamoWriter writer) {
    this(source, descriptor, backend, writer, true);
  }

  private DynamoTable(String source, TableDescriptor descriptor, TableBackend backend, DynamoWriter writer,
      boolean pushdown) {
    this.writer = writer;
    this.source = source;
    this.descriptor = descriptor;
    this.backend = backend;
    this.columns = ColumnModel.of(descriptor);
    this.refs = columns.stream().map(SqlColumn::ref).toList();
    this.pushdown = pushdown;
  }

  /** The same table for a connection with {@code pushdown=false}: every access a plain Scan. */
  DynamoTable withoutPushdown() {
    return new DynamoTable(source, descriptor, backend, writer, false);
  }

  @Override
  public boolean pushdown() {
    return pushdown;
  }

  /** The source's name, shown on every access's label as {@code source=}. */
  @Override
  public String sourceName() {
    return source;
  }

  /** The remote table's key, indexes and sampled columns. */
  @Override
  public TableDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<SqlColumn> sqlColumns() {
    return columns;
  }

  @Override
  public TableStatistics statistics() {
    return backend.statistics();
  }

  @Override
  public SourceWriteResult write(SourceWrite write) {
    return writer.write(write);
  }

  @Override
  public SourceKeyCheck existing(List<Map<String, AttributeValue>> keys) {
    return writer.existing(keys);
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (SqlColumn c : columns) b.add(c.name(), RowTypes.type(f, c));
    return b.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return DynamoTableAccess.of(context.getCluster(), relOptTable, this);
  }

  @Override
  public TableBackend backend() {
    return backend;
  }

  @Override
  public List<ColumnRef> columns() {
    return refs;
  }

  @Override
  public Object toSql(Map<String, AttributeValue> item, int field, AccessReport report) {
    SqlColumn c = columns.get(field);
    if (c.ref().attribute() == null) return ItemJson.of(item);
    return StoredValues.read(item, c, descriptor, StoredValues.Mode.STRICT, report);
  }

  @Override
  public AttributeValue toAttribute(int field, Object sqlValue) {
    return SqlValues.toAttribute(sqlValue, columns.get(field));
  }
}
