package io.dynasql.federation.schema;

import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/** A system table whose rows are computed when it is read (the sources' tables and columns, from their metadata). */
final class RowsTable extends AbstractTable implements ScannableTable {
  /** A column: its name and type, nullable. */
  record Col(String name, SqlTypeName type) {}

  private final List<Col> columns;
  private final Supplier<List<Object[]>> rows;

  RowsTable(List<Col> columns, Supplier<List<Object[]>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (Col c : columns) b.add(c.name(), f.createTypeWithNullability(f.createSqlType(c.type()), true));
    return b.build();
  }

  @Override
  public Schema.TableType getJdbcTableType() {
    return Schema.TableType.SYSTEM_TABLE;
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(rows.get());
  }
}
