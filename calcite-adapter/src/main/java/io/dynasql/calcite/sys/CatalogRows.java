package io.dynasql.calcite.sys;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.Database;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The rows of {@link InformationSchema}'s views: the database's tables from the catalog, and the
 * system tables of {@code sys} and {@code information_schema} from their own definitions. The
 * catalog column is null, as JDBC's TABLE_CAT is: dynasql has no catalogs.
 */
final class CatalogRows {
  private final Database db;
  private final String tableSchema;
  private final Supplier<Map<String, Table>> ownTables;

  CatalogRows(Database db, String tableSchema, Supplier<Map<String, Table>> ownTables) {
    this.db = db;
    this.tableSchema = tableSchema;
    this.ownTables = ownTables;
  }

  List<Object[]> schemata() {
    List<Object[]> out = new ArrayList<>();
    for (String s : List.of(tableSchema, InformationSchema.NAME, SysSchema.NAME)) out.add(new Object[] {null, s, null});
    return out;
  }

  List<Object[]> tables() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) out.add(new Object[] {null, tableSchema, t.name(), "BASE TABLE", "YES"});
    // computed from the catalog, read-only: what PostgreSQL calls a VIEW
    systemTables().forEach((name, table) -> out.add(new Object[] {null, name[0], name[1], "VIEW", "NO"}));
    return out;
  }

  List<Object[]> columns() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      int ordinal = 1;
      for (SqlColumn c : ColumnModel.of(t)) {
        boolean text = c.type() == SqlTypeName.VARCHAR || c.type() == SqlTypeName.CHAR;
        boolean number = c.type() == SqlTypeName.DECIMAL;
        out.add(new Object[] {null, tableSchema, t.name(), c.name(), ordinal++, null, c.nullable() ? "YES" : "NO",
            SysSchema.typeName(c), text && c.precision() >= 0 ? c.precision() : null,
            number && c.precision() >= 0 ? c.precision() : null, number && c.scale() >= 0 ? c.scale() : null});
      }
    }
    systemTables().forEach((name, table) -> {
      int ordinal = 1;
      for (SysTable.Col c : table.columns()) {
        out.add(new Object[] {null, name[0], name[1], c.name(), ordinal++, null, "YES", c.type().getName(), null, null, null});
      }
    });
    return out;
  }

  List<Object[]> tableConstraints() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      out.add(new Object[] {null, tableSchema, primaryKeyName(t), null, tableSchema, t.name(), "PRIMARY KEY", "NO", "NO"});
    }
    return out;
  }

  List<Object[]> keyColumnUsage() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      KeySchema k = t.keySchema();
      out.add(new Object[] {null, tableSchema, primaryKeyName(t), null, tableSchema, t.name(), k.partitionKey(), 1, null});
      if (k.hasSortKey()) out.add(new Object[] {null, tableSchema, primaryKeyName(t), null, tableSchema, t.name(), k.sortKey(), 2, null});
    }
    return out;
  }

  /** The primary key's name, in sys.primary_keys (and so getPrimaryKeys) and here. */
  static String primaryKeyName(TableDescriptor t) {
    return "PK_" + t.name();
  }

  /** The system tables by {schema, table}, sorted, with their definitions. */
  private Map<String[], SysTable> systemTables() {
    Map<String[], SysTable> out = new TreeMap<>((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    new SysSchema(db).getTableMap().forEach((n, t) -> out.put(new String[] {SysSchema.NAME, n}, (SysTable) t));
    ownTables.get().forEach((n, t) -> out.put(new String[] {InformationSchema.NAME, n}, (SysTable) t));
    return out;
  }
}
