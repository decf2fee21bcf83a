package io.dynasql.calcite.ddl;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;

/** Turns parsed statements into the engine's requests, giving index keys their types. */
final class DdlRequests {
  private DdlRequests() {}

  /**
   * CreateTable with its local indexes and, remembered in the catalog, every column (key columns
   * too, so a BIGINT key reads back as BIGINT rather than DECIMAL).
   */
  static CreateTableRequest createTable(DdlStatement.CreateTable c) {
    KeySchema key = c.key();
    List<ColumnInfo> columns = new ArrayList<>();
    for (ColumnDef column : c.columns()) {
      columns.add(new ColumnInfo(column.name(), column.type().sql(), ColumnInfo.DECLARED));
    }
    List<SecondaryIndex> locals = new ArrayList<>();
    for (LocalIndexDef l : c.localIndexes()) {
      AttributeType sortType = c.columns().stream().filter(col -> col.name().equals(l.sortKey()))
          .findFirst().orElseThrow().type().keyType();
      locals.add(new SecondaryIndex(l.name(), KeySchema.of(key.partitionKey(), key.partitionType(), l.sortKey(), sortType),
          l.projection().type(), l.projection().include()));
    }
    TableOptions o = c.options();
    CreateTableRequest request = new CreateTableRequest(c.table(), key, List.of(), locals, o.billingMode(),
        o.readCapacity(), o.writeCapacity(), o.tableClass(), columns);
    return o.stream() == null ? request : request.withStream(StreamSpecification.enabled(o.stream()));
  }

  /** The global index to add to {@code table}; key types come from what the catalog knows. */
  static SecondaryIndex globalIndex(DdlStatement.CreateIndex c, TableDescriptor table) {
    List<String> unknown = new ArrayList<>();
    List<AttributeType> types = new ArrayList<>();
    for (String column : c.keyColumns()) {
      AttributeType type = keyType(table, column, c.index());
      if (type == null) unknown.add(column);
      types.add(type);
    }
    if (!unknown.isEmpty()) {
      throw new ValidationException("Key column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
          + " of index " + c.index() + (unknown.size() == 1 ? " is not a column" : " are not columns") + " of table "
          + table.name() + ": an index key must be a key column of the table or a column declared in CREATE TABLE");
    }
    List<String> k = c.keyColumns();
    KeySchema key = k.size() == 1 ? KeySchema.of(k.get(0), types.get(0)) : KeySchema.of(k.get(0), types.get(0), k.get(1), types.get(1));
    return new SecondaryIndex(c.index(), key, c.projection().type(), c.projection().include());
  }

  /**
   * The key type of {@code column}: from the table's key, its SQL column, or another index's key
   * (tables made through the engine's API may key indexes on undeclared attributes). Null when
   * the table knows no such column.
   */
  private static AttributeType keyType(TableDescriptor table, String column, String index) {
    KeySchema key = table.keySchema();
    if (column.equals(key.partitionKey())) return key.partitionType();
    if (column.equals(key.sortKey())) return key.sortType();
    for (ColumnInfo info : table.columns()) {
      if (!info.name().equals(column)) continue;
      ColumnType type = ColumnTypes.fromCatalog(info.sqlType());
      if (type == null || !type.canBeKey()) {
        throw new ValidationException("Key column " + column + " of index " + index + " has type " + info.sqlType()
            + ", but " + ColumnTypes.KEY_RULE);
      }
      return type.keyType();
    }
    for (IndexDescriptor other : table.indexes()) {
      KeySchema k = other.keySchema();
      if (column.equals(k.partitionKey())) return k.partitionType();
      if (column.equals(k.sortKey())) return k.sortType();
    }
    return null;
  }
}
