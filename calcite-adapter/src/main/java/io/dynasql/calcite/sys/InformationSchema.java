package io.dynasql.calcite.sys;

import static io.dynasql.calcite.sys.SysTable.col;

import io.dynasql.engine.Database;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Schema {@code information_schema}: the SQL standard's views of the catalog, with PostgreSQL's
 * names and columns (https://www.postgresql.org/docs/current/information-schema.html), so that
 * {@code SELECT table_name FROM information_schema.tables} works as people and BI tools expect.
 * Like {@code sys}, it reads the catalog only, never items ({@link CatalogRows}).
 */
public final class InformationSchema extends AbstractSchema {
  /** Its name, as the driver adds it to the root schema. */
  public static final String NAME = "information_schema";
  /** The names of its tables, for the driver's getTables. */
  public static final List<String> TABLES = List.of("columns", "key_column_usage", "schemata", "table_constraints", "tables");

  private final CatalogRows rows;

  /** @param tableSchema the name of the schema that holds the database's tables */
  public InformationSchema(Database db, String tableSchema) {
    this.rows = new CatalogRows(db, tableSchema, this::getTableMap);
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return Map.of(
        // https://www.postgresql.org/docs/current/infoschema-schemata.html
        "schemata", new SysTable(List.of(text("catalog_name"), text("schema_name"), text("schema_owner")), rows::schemata),
        // https://www.postgresql.org/docs/current/infoschema-tables.html
        "tables", new SysTable(List.of(text("table_catalog"), text("table_schema"), text("table_name"), text("table_type"),
            text("is_insertable_into")), rows::tables),
        // https://www.postgresql.org/docs/current/infoschema-columns.html
        "columns", new SysTable(List.of(text("table_catalog"), text("table_schema"), text("table_name"), text("column_name"),
            col("ordinal_position", SqlTypeName.INTEGER), text("column_default"), text("is_nullable"), text("data_type"),
            col("character_maximum_length", SqlTypeName.INTEGER), col("numeric_precision", SqlTypeName.INTEGER),
            col("numeric_scale", SqlTypeName.INTEGER)), rows::columns),
        // https://www.postgresql.org/docs/current/infoschema-table-constraints.html
        "table_constraints", new SysTable(List.of(text("constraint_catalog"), text("constraint_schema"), text("constraint_name"),
            text("table_catalog"), text("table_schema"), text("table_name"), text("constraint_type"), text("is_deferrable"),
            text("initially_deferred")), rows::tableConstraints),
        // https://www.postgresql.org/docs/current/infoschema-key-column-usage.html
        "key_column_usage", new SysTable(List.of(text("constraint_catalog"), text("constraint_schema"), text("constraint_name"),
            text("table_catalog"), text("table_schema"), text("table_name"), text("column_name"),
            col("ordinal_position", SqlTypeName.INTEGER), col("position_in_unique_constraint", SqlTypeName.INTEGER)),
            rows::keyColumnUsage));
  }

  private static SysTable.Col text(String name) {
    return col(name, SqlTypeName.VARCHAR);
  }
}
