package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.TableBackend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A SQL table over a {@link TableBackend} for the rules' tests: string (VARCHAR) and number
 * (BIGINT) columns, each the attribute of its name, and optionally a forced or forbidden index
 * (what a hint gives the source).
 */
final class FakeTable extends AbstractTable implements TranslatableTable, DynamoSource {
  private final TableBackend backend;
  private final List<ColumnRef> columns = new ArrayList<>();
  private final List<SqlTypeName> types = new ArrayList<>();
  private String forcedIndex;
  private boolean indexesForbidden;

  FakeTable(TableBackend backend) {
    this.backend = backend;
  }

  /** Adds a column holding attribute {@code name}, of SQL type VARCHAR or BIGINT. */
  FakeTable column(String name, SqlTypeName type) {
    var key = backend.shape().keySchema();
    ColumnRef.Role role = name.equals(key.partitionKey()) ? ColumnRef.Role.PARTITION_KEY
        : name.equals(key.sortKey()) ? ColumnRef.Role.SORT_KEY : ColumnRef.Role.ATTRIBUTE;
    columns.add(new ColumnRef(name, name, role));
    types.add(type);
    return this;
  }

  FakeTable forceIndex(String index) {
    forcedIndex = index;
    return this;
  }

  FakeTable forbidIndexes() {
    indexesForbidden = true;
    return this;
  }

  @Override public TableBackend backend() { return backend; }

  @Override public List<ColumnRef> columns() { return columns; }

  @Override public String forcedIndex() { return forcedIndex; }

  @Override public boolean indexesForbidden() { return indexesForbidden; }

  @Override
  public Object toSql(Map<String, AttributeValue> item, int field, io.dynasql.pushdown.AccessReport report) {
    AttributeValue v = item.get(columns.get(field).attribute());
    if (v instanceof AttributeValue.S s && types.get(field) == SqlTypeName.VARCHAR) return s.value();
    if (v instanceof AttributeValue.N n && types.get(field) == SqlTypeName.BIGINT) return n.value().longValue();
    return null;
  }

  @Override
  public AttributeValue toAttribute(int field, Object sqlValue) {
    if (types.get(field) == SqlTypeName.VARCHAR && sqlValue instanceof String s) return AttributeValue.s(s);
    if (types.get(field) == SqlTypeName.BIGINT && sqlValue instanceof BigDecimal d) return AttributeValue.n(d);
    if (types.get(field) == SqlTypeName.BIGINT && sqlValue instanceof Number n) return AttributeValue.n(n.longValue());
    return null;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (int i = 0; i < columns.size(); i++) {
      b.add(columns.get(i).name(), f.createTypeWithNullability(f.createSqlType(types.get(i)), true));
    }
    return b.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return DynamoTableAccess.of(context.getCluster(), relOptTable, this);
  }
}
