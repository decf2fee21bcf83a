package io.dynasql.calcite.sys;

import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A system table: a fixed list of typed columns and rows computed on each scan from the catalog
 * or the access log (never from items), or from the metadata of a federated source.
 */
public final class SysTable extends AbstractTable implements ScannableTable {
  /** A column of a system table. */
  public record Col(String name, SqlTypeName type) {}

  private final List<Col> columns;
  private final Supplier<List<Object[]>> rows;

  public SysTable(List<Col> columns, Supplier<List<Object[]>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  /** Its columns, in order (information_schema.columns lists them). */
  List<Col> columns() {
    return columns;
  }

  public static Col col(String name, SqlTypeName type) {
    return new Col(name, type);
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (Col c : columns) b.add(c.name(), f.createTypeWithNullability(f.createSqlType(c.type()), true));
    return b.build();
  }

  @Override
  public org.apache.calcite.schema.Schema.TableType getJdbcTableType() {
    return org.apache.calcite.schema.Schema.TableType.SYSTEM_TABLE;
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return Linq4j.asEnumerable(rows.get());
  }
}
