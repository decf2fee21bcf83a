package io.dynasql.federation.schema;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.plan.RemoteScan;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A table of a source. A reference to it becomes a {@link RemoteScan} of every column, which
 * the federation rules narrow with what the source can answer.
 */
public final class RemoteTable extends AbstractTable implements TranslatableTable {
  private final LiveSource source;
  private final RemoteTableDef def;
  private final boolean pushdown;

  RemoteTable(LiveSource source, RemoteTableDef def, boolean pushdown) {
    this.source = source;
    this.def = def;
    this.pushdown = pushdown;
  }

  public RemoteTableDef def() {
    return def;
  }

  /**
   * Whether the federation rules may send filters, projections, sorts, aggregates and joins to
   * the source (the connection's {@code pushdown} property); false: the table is read whole with a
   * plain {@code SELECT} of its columns and everything else runs in dynasql.
   */
  public boolean pushdown() {
    return pushdown;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    RelDataTypeFactory.Builder b = types.builder();
    for (RemoteColumn c : def.columns()) b.add(c.name(), type(types, c)).nullable(c.nullable());
    return b.build();
  }

  private static RelDataType type(RelDataTypeFactory types, RemoteColumn c) {
    int maxPrecision = types.getTypeSystem().getMaxPrecision(c.type());
    switch (c.type()) {
      case DECIMAL:
        return types.createSqlType(SqlTypeName.DECIMAL, c.decimalPrecision(maxPrecision), c.decimalScale(maxPrecision));
      case VARCHAR:
        return c.precision() > 0 && c.precision() < 1 << 20 && c.jdbcType() != java.sql.Types.OTHER
            ? types.createSqlType(SqlTypeName.VARCHAR, c.precision()) : types.createSqlType(SqlTypeName.VARCHAR);
      case TIMESTAMP:
        return types.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case TIME:
        return types.createSqlType(SqlTypeName.TIME, 3); // milliseconds kept; finer digits are an error (RemoteValues)
      default:
        return types.createSqlType(c.type());
    }
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable table) {
    return RemoteScan.of(context.getCluster(), table, source, def);
  }
}
