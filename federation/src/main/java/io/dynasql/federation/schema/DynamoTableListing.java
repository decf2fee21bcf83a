package io.dynasql.federation.schema;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.federation.dynamo.DynamoLive;
import io.dynasql.pushdown.ColumnRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of a DynamoDB source, listed under schema {@code live} (written {@code live.orders}),
 * with the columns, key and indexes a dynasql table of the same shape shows: the key attributes
 * typed from the table's AttributeDefinitions, the attributes the source's sampling found, and
 * {@code _item}; the key as the unique index {@code PK_<table>}; each global and local secondary
 * index with its key columns, not unique (DynamoDB does not enforce it). Its columns come from the
 * description the source keeps for queries (DescribeTable and one sampling Scan, once per table),
 * so listing metadata reads no more items than querying the table would.
 */
record DynamoTableListing(String source, DynamoLive live, String name) implements ListedTable {
  @Override
  public String jdbcCatalog() {
    return null;
  }

  @Override
  public String jdbcSchema() {
    return source;
  }

  @Override
  public String remoteSchema() {
    return "";
  }

  @Override
  public List<ListedColumn> columns() {
    List<ListedColumn> out = new ArrayList<>();
    for (SqlColumn c : ColumnModel.of(descriptor())) {
      out.add(new ListedColumn(c.name(), c.type().getJdbcOrdinal(), c.typeName(), c.precision(), c.scale(), c.nullable(),
          origin(c.ref().role())));
    }
    return out;
  }

  @Override
  public List<String> primaryKey() {
    return keyColumns(descriptor().keySchema());
  }

  @Override
  public List<RemoteIndexColumn> indexes() {
    TableDescriptor t = descriptor();
    List<RemoteIndexColumn> out = new ArrayList<>();
    // named as dynasql names its own tables' primary key, so a table reads the same here and once copied in
    add(out, "PK_" + name, false, t.keySchema());
    for (IndexDescriptor i : t.indexes()) add(out, i.name(), true, i.keySchema());
    return out;
  }

  private TableDescriptor descriptor() {
    return live.table(name).descriptor();
  }

  private static void add(List<RemoteIndexColumn> out, String index, boolean nonUnique, KeySchema key) {
    List<String> columns = keyColumns(key);
    for (int i = 0; i < columns.size(); i++) out.add(new RemoteIndexColumn(index, nonUnique, i + 1, columns.get(i), "A", -1));
  }

  private static List<String> keyColumns(KeySchema key) {
    return key.hasSortKey() ? List.of(key.partitionKey(), key.sortKey()) : List.of(key.partitionKey());
  }

  /** Where a column came from, in the words {@code sys.columns} uses for dynasql's own tables. */
  private static String origin(ColumnRef.Role role) {
    switch (role) {
      case PARTITION_KEY:
      case SORT_KEY:
        return "KEY";
      case ITEM:
        return "ITEM";
      default:
        return io.dynasql.engine.catalog.ColumnInfo.SAMPLED;
    }
  }
}
