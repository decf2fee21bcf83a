package io.dynasql.calcite;

import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.ColumnRef;
import io.dynasql.pushdown.ColumnRef.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a table, from the catalog only (never from items): the partition key, the sort
 * key, the columns declared in DDL or found by sampling, and {@value #ITEM_COLUMN}, the whole
 * item as JSON, so attributes that are not columns are never out of reach.
 */
public final class ColumnModel {
  /** The whole-item JSON column. */
  public static final String ITEM_COLUMN = "_item";

  private ColumnModel() {}

  public static List<SqlColumn> of(TableDescriptor t) {
    Map<String, ColumnInfo> declared = new HashMap<>();
    for (ColumnInfo c : t.columns()) declared.put(c.name(), c);
    List<SqlColumn> out = new ArrayList<>();
    KeySchema k = t.keySchema();
    out.add(key(k.partitionKey(), k.partitionType(), Role.PARTITION_KEY, declared));
    if (k.hasSortKey()) out.add(key(k.sortKey(), k.sortType(), Role.SORT_KEY, declared));
    for (ColumnInfo c : t.columns()) {
      if (k.isKeyAttribute(c.name()) || c.name().equals(ITEM_COLUMN)) continue;
      SqlTypes.Declared d = SqlTypes.parse(c.sqlType());
      out.add(new SqlColumn(new ColumnRef(c.name(), c.name(), Role.ATTRIBUTE), d.type(), d.precision(), d.scale(), d.component(), true));
    }
    out.add(new SqlColumn(new ColumnRef(ITEM_COLUMN, null, Role.ITEM), org.apache.calcite.sql.type.SqlTypeName.VARCHAR, -1, -1, null, false));
    return out;
  }

  /** A key column: its declared type if DDL gave one of the key's family, else the key type's. */
  private static SqlColumn key(String name, io.dynasql.engine.model.AttributeType type, Role role, Map<String, ColumnInfo> declared) {
    SqlTypes.Declared d = SqlTypes.ofKey(type);
    ColumnInfo c = declared.get(name);
    if (c != null) {
      SqlTypes.Declared dd = SqlTypes.parse(c.sqlType());
      if (SqlTypes.ofKeyFamily(dd.type()) == type) d = dd;
    }
    return new SqlColumn(new ColumnRef(name, name, role), d.type(), d.precision(), d.scale(), null, false);
  }
}
