package io.dynasql.calcite;

import io.dynasql.engine.Database;
import io.dynasql.engine.rollup.SumScale;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.ColumnRef;
import io.dynasql.pushdown.DynamoSource;
import io.dynasql.pushdown.DynamoTableAccess;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.lmdb.LmdbBackend;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * An engine table as a SQL table. Its columns come from the catalog ({@link ColumnModel}); a
 * reference to it becomes a {@link DynamoTableAccess} that the pushdown rules then narrow, and
 * that reads the engine as the rules' first backend ({@link LmdbBackend}).
 */
public final class DynasqlTable extends AbstractTable implements TranslatableTable, DynamoSource {
  private final Database database;
  private final TableDescriptor descriptor;
  private final TableBackend backend;
  private final List<SqlColumn> columns;
  private final List<ColumnRef> refs;
  private final boolean pushdown;
  private final boolean consistentRead;
  private final StoredValues.Mode misfits;
  private final double readUnitPrice;
  /** The connection's hideExpired on a table with TTL, or null. */
  private final io.dynasql.pushdown.HiddenExpiry hiddenExpiry;
  /**
   * For a view's table, per attribute holding a sum, the attribute counting its values' scales:
   * the sum is read with the scale SQL's SUM over the base gives ({@link SumScale}).
   */
  private final Map<String, String> sumScales;
  /** DynamoDB on-demand in us-east-1, dollars per million read units. */
  static final double DEFAULT_READ_UNIT_PRICE = 0.125;
  /** DynamoDB on-demand in us-east-1, dollars per million write units. */
  static final double DEFAULT_WRITE_UNIT_PRICE = 0.625;
  private final double writeUnitPrice;

  public DynasqlTable(Database database, TableDescriptor descriptor) {
    this(database, descriptor, true, false);
  }

  /**
   * A table whose accesses the rules narrow only when {@code pushdown} is true, and whose reads
   * are strongly consistent when {@code consistentRead} is.
   */
  public DynasqlTable(Database database, TableDescriptor descriptor, boolean pushdown, boolean consistentRead) {
    this(database, descriptor, pushdown, consistentRead, StoredValues.Mode.STRICT);
  }

  /** The same, reading stored values its columns' types cannot show as {@code misfits} says. */
  public DynasqlTable(Database database, TableDescriptor descriptor, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits) {
    this(database, descriptor, pushdown, consistentRead, misfits, DEFAULT_READ_UNIT_PRICE);
  }

  /** The same, estimating dollars at {@code readUnitPrice} per million read units. */
  public DynasqlTable(Database database, TableDescriptor descriptor, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice) {
    this(database, descriptor, pushdown, consistentRead, misfits, readUnitPrice, false);
  }

  /** The same, leaving out of reads the items whose TTL has passed when {@code hideExpired}. */
  public DynasqlTable(Database database, TableDescriptor descriptor, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice, boolean hideExpired) {
    this(database, descriptor, pushdown, consistentRead, misfits, readUnitPrice, hideExpired, DEFAULT_WRITE_UNIT_PRICE);
  }

  /** The same, estimating write dollars at {@code writeUnitPrice} per million write units. */
  public DynasqlTable(Database database, TableDescriptor descriptor, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice, boolean hideExpired, double writeUnitPrice) {
    this.writeUnitPrice = writeUnitPrice;
    this.hiddenExpiry = hideExpired && descriptor.ttlAttribute() != null
        ? new io.dynasql.pushdown.HiddenExpiry(descriptor.ttlAttribute(), database.clock()) : null;
    this.readUnitPrice = readUnitPrice;
    this.misfits = misfits;
    this.database = database;
    this.descriptor = descriptor;
    this.backend = new LmdbBackend(database, descriptor);
    this.pushdown = pushdown;
    this.consistentRead = consistentRead;
    this.columns = ColumnModel.of(descriptor);
    this.refs = columns.stream().map(SqlColumn::ref).toList();
    this.sumScales = descriptor.viewHeld() == null ? Map.of() : SumScale.scaledAttributes(descriptor.viewHeld());
  }

  public List<SqlColumn> sqlColumns() {
    return columns;
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

  /** The open database the table lives in (DML writes to it directly). */
  public Database database() { return database; }

  /** The table's catalog entry (key schema, indexes, columns). */
  public TableDescriptor descriptor() { return descriptor; }

  @Override public TableBackend backend() { return backend; }

  @Override public List<ColumnRef> columns() { return refs; }

  @Override
  public Object toSql(Map<String, AttributeValue> item, int field, io.dynasql.pushdown.AccessReport report) {
    SqlColumn c = columns.get(field);
    if (c.ref().attribute() == null) return ItemJson.of(item);
    Object v = StoredValues.read(item, c, descriptor, misfits, report);
    String scales = sumScales.get(c.ref().attribute());
    return scales != null && v instanceof java.math.BigDecimal d ? SumScale.apply(d, item.get(scales)) : v;
  }

  /** What {@link #toSql} reads without converting: an S of a VARCHAR, an N of a BIGINT ({@link SqlValues#toSql}), unless scaled. */
  @Override
  public io.dynasql.pushdown.DirectRead directRead(int field) {
    SqlColumn c = columns.get(field);
    if (c.ref().attribute() == null || sumScales.containsKey(c.ref().attribute())) return null;
    switch (c.type()) {
      case VARCHAR: return io.dynasql.pushdown.DirectRead.STRING;
      case BIGINT: return io.dynasql.pushdown.DirectRead.LONG;
      default: return null;
    }
  }

  @Override
  public double writeUnitPrice() {
    return writeUnitPrice;
  }

  @Override
  public List<String> readWith(String attribute) {
    String scales = sumScales.get(attribute);
    return scales == null ? List.of() : List.of(scales);
  }

  @Override
  public AttributeValue toAttribute(int field, Object sqlValue) {
    return SqlValues.toAttribute(sqlValue, columns.get(field));
  }

  @Override
  public List<io.dynasql.pushdown.backend.ViewShape> materializedViews() {
    return io.dynasql.pushdown.lmdb.ViewShapes.of(descriptor);
  }

  @Override
  public boolean pushdown() {
    return pushdown;
  }

  @Override
  public double readUnitPrice() {
    return readUnitPrice;
  }

  @Override
  public boolean consistentRead() {
    return consistentRead;
  }

  @Override
  public io.dynasql.pushdown.HiddenExpiry hiddenExpiry() {
    return hiddenExpiry;
  }
}
