package io.dynasql.calcite.sys;

import static io.dynasql.calcite.sys.SysTable.col;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Schema {@code sys}: the catalog and the access log as tables. {@code tables}, {@code columns},
 * {@code primary_keys} and {@code indexes} read the catalog only (they also answer the driver's
 * DatabaseMetaData); {@code access_log} holds the recent table accesses with their cost;
 * {@code backups} lists the backups (docs/backup.md).
 */
public final class SysSchema extends AbstractSchema {
  /** Its name, as the driver adds it to the root schema. */
  public static final String NAME = "sys";
  /** The names of its tables (what {@link #getTableMap} holds), for the driver's getTables. */
  public static final java.util.List<String> TABLES = java.util.List.of("tables", "columns", "primary_keys", "indexes", "access_log",
      "backups");

  private final Database db;

  public SysSchema(Database db) {
    this.db = db;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return Map.of(
        "tables", new SysTable(List.of(col("table_name", SqlTypeName.VARCHAR), col("table_type", SqlTypeName.VARCHAR),
            col("item_count", SqlTypeName.BIGINT), col("size_bytes", SqlTypeName.BIGINT), col("partition_key", SqlTypeName.VARCHAR),
            col("sort_key", SqlTypeName.VARCHAR), col("billing_mode", SqlTypeName.VARCHAR), col("index_count", SqlTypeName.INTEGER)),
            this::tableRows),
        "columns", new SysTable(List.of(col("table_name", SqlTypeName.VARCHAR), col("column_name", SqlTypeName.VARCHAR),
            col("ordinal_position", SqlTypeName.INTEGER), col("type_name", SqlTypeName.VARCHAR), col("data_type", SqlTypeName.INTEGER),
            col("column_size", SqlTypeName.INTEGER), col("decimal_digits", SqlTypeName.INTEGER), col("nullable", SqlTypeName.BOOLEAN),
            col("source", SqlTypeName.VARCHAR)), this::columns),
        "primary_keys", new SysTable(List.of(col("table_name", SqlTypeName.VARCHAR), col("column_name", SqlTypeName.VARCHAR),
            col("key_seq", SqlTypeName.INTEGER), col("pk_name", SqlTypeName.VARCHAR)), this::primaryKeys),
        "indexes", new SysTable(List.of(col("table_name", SqlTypeName.VARCHAR), col("index_name", SqlTypeName.VARCHAR),
            col("index_kind", SqlTypeName.VARCHAR), col("column_name", SqlTypeName.VARCHAR), col("key_seq", SqlTypeName.INTEGER),
            col("projection", SqlTypeName.VARCHAR), col("item_count", SqlTypeName.BIGINT)), this::indexes),
        "access_log", new SysTable(List.of(col("statement_id", SqlTypeName.BIGINT), col("sql", SqlTypeName.VARCHAR),
            col("table_name", SqlTypeName.VARCHAR), col("index_name", SqlTypeName.VARCHAR), col("access", SqlTypeName.VARCHAR),
            col("items_read", SqlTypeName.BIGINT), col("items_returned", SqlTypeName.BIGINT), col("read_units", SqlTypeName.DOUBLE),
            col("write_units", SqlTypeName.DOUBLE), col("cost_usd", SqlTypeName.DOUBLE), col("far_from_data", SqlTypeName.BOOLEAN),
            col("started_at", SqlTypeName.TIMESTAMP), col("atomic_on_dynamodb", SqlTypeName.BOOLEAN),
            col("source", SqlTypeName.VARCHAR), col("remote_sql", SqlTypeName.VARCHAR),
            col("bytes_fetched", SqlTypeName.BIGINT), col("round_trips", SqlTypeName.BIGINT), col("elapsed_ms", SqlTypeName.BIGINT)),
            this::accessLog),
        "backups", new SysTable(List.of(col("backup_arn", SqlTypeName.VARCHAR), col("backup_id", SqlTypeName.VARCHAR),
            col("backup_name", SqlTypeName.VARCHAR), col("table_name", SqlTypeName.VARCHAR), col("backup_type", SqlTypeName.VARCHAR),
            col("backup_status", SqlTypeName.VARCHAR), col("created_at", SqlTypeName.TIMESTAMP),
            col("expires_at", SqlTypeName.TIMESTAMP), col("size_bytes", SqlTypeName.BIGINT)), () -> BackupRows.of(db)));
  }

  private List<Object[]> tableRows() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      TableDescription d = db.describeTable(t.name());
      out.add(new Object[] {t.name(), "TABLE", d.itemCount(), d.tableSizeBytes(), t.keySchema().partitionKey(),
          t.keySchema().sortKey(), t.billingMode().name(), t.indexes().size()});
    }
    return out;
  }

  private List<Object[]> columns() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      int ordinal = 1;
      for (SqlColumn c : ColumnModel.of(t)) {
        out.add(new Object[] {t.name(), c.name(), ordinal++, typeName(c), c.type().getJdbcOrdinal(),
            c.precision() < 0 ? null : c.precision(), c.scale() < 0 ? null : c.scale(), c.nullable(), source(t, c)});
      }
    }
    return out;
  }

  static String typeName(SqlColumn c) {
    return c.typeName();
  }

  private static String source(TableDescriptor t, SqlColumn c) {
    if (c.ref().attribute() == null) return "ITEM";
    if (t.keySchema().isKeyAttribute(c.name())) return "KEY";
    for (ColumnInfo i : t.columns()) if (i.name().equals(c.name())) return i.source();
    return "DECLARED";
  }

  private List<Object[]> primaryKeys() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      KeySchema k = t.keySchema();
      out.add(new Object[] {t.name(), k.partitionKey(), 1, CatalogRows.primaryKeyName(t)});
      if (k.hasSortKey()) out.add(new Object[] {t.name(), k.sortKey(), 2, CatalogRows.primaryKeyName(t)});
    }
    return out;
  }

  private List<Object[]> indexes() {
    List<Object[]> out = new ArrayList<>();
    for (TableDescriptor t : db.descriptors().values()) {
      TableDescription d = db.describeTable(t.name());
      List<IndexDescription> all = new ArrayList<>(d.globalSecondaryIndexes());
      all.addAll(d.localSecondaryIndexes());
      for (IndexDescription i : all) {
        out.add(new Object[] {t.name(), i.indexName(), i.kind().name(), i.keySchema().partitionKey(), 1,
            i.projectionType().name(), i.itemCount()});
        if (i.keySchema().hasSortKey()) {
          out.add(new Object[] {t.name(), i.indexName(), i.kind().name(), i.keySchema().sortKey(), 2,
              i.projectionType().name(), i.itemCount()});
        }
      }
    }
    return out;
  }

  private List<Object[]> accessLog() {
    List<Object[]> out = new ArrayList<>();
    for (AccessLogStore.Row r : AccessLogStore.of(db).rows()) {
      out.add(new Object[] {r.statementId(), r.sql(), r.tableName(), r.indexName(), r.access(), r.itemsRead(),
          r.itemsReturned(), r.readUnits(), r.writeUnits(), r.costUsd(), r.farFromData(), r.startedAt().getTime(), r.atomicOnDynamo(),
          r.remote() == null ? null : r.remote().source(), r.remote() == null ? null : r.remote().remoteSql(),
          r.remote() == null ? null : r.remote().bytes(), r.remote() == null ? null : r.remote().roundTrips(),
          r.remote() == null ? null : r.remote().millis()});
    }
    return out;
  }
}
