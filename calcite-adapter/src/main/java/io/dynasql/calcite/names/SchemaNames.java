package io.dynasql.calcite.names;

import io.dynasql.calcite.DynasqlTable;
import io.dynasql.calcite.SqlColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * {@link KnownNames} read from a Calcite root schema: its sub-schemas (dynasql's tables and
 * {@code sys}), their tables, and each table's columns. A dynasql table's columns come from
 * the catalog, never from items. One instance serves one statement: each answer is read once
 * and remembered, since the resolver asks again for every identifier and a dynasql schema
 * rebuilds its table map from the catalog on every lookup.
 */
public final class SchemaNames implements KnownNames {
  private static final JavaTypeFactoryImpl TYPES = new JavaTypeFactoryImpl();

  private final SchemaPlus root;
  private final String defaultSchema;
  private Collection<String> schemas;
  private final java.util.Map<String, Collection<String>> tables = new java.util.HashMap<>();
  private final java.util.Map<List<String>, Collection<String>> columns = new java.util.HashMap<>();

  public SchemaNames(SchemaPlus root, String defaultSchema) {
    this.root = root;
    this.defaultSchema = defaultSchema;
  }

  @Override
  public String defaultSchema() {
    return defaultSchema;
  }

  @Override
  public Collection<String> schemas() {
    if (schemas == null) schemas = root.subSchemas().getNames(LikePattern.any());
    return schemas;
  }

  @Override
  public Collection<String> tables(String schema) {
    return tables.computeIfAbsent(schema, name -> {
      SchemaPlus s = root.subSchemas().get(name);
      return s == null ? List.of() : s.tables().getNames(LikePattern.any());
    });
  }

  @Override
  public Collection<String> columns(String schema, String table) {
    return columns.computeIfAbsent(List.of(schema, table), k -> read(schema, table));
  }

  @Override
  public Collection<String> subSchemas(String schema) {
    SchemaPlus s = root.subSchemas().get(schema);
    return s == null ? List.of() : s.subSchemas().getNames(LikePattern.any());
  }

  @Override
  public Collection<String> tables(String schema, String sub) {
    SchemaPlus s = root.subSchemas().get(schema);
    SchemaPlus inner = s == null ? null : s.subSchemas().get(sub);
    return inner == null ? List.of() : inner.tables().getNames(LikePattern.any());
  }

  @Override
  public Collection<String> columns(String schema, String sub, String table) {
    SchemaPlus s = root.subSchemas().get(schema);
    return columns.computeIfAbsent(List.of(schema, sub, table), k -> read(s == null ? null : s.subSchemas().get(sub), table));
  }

  private Collection<String> read(String schema, String table) {
    return read(root.subSchemas().get(schema), table);
  }

  private static Collection<String> read(SchemaPlus s, String table) {
    Table t = s == null ? null : s.tables().get(table);
    if (t instanceof DynasqlTable d) {
      List<String> out = new ArrayList<>();
      for (SqlColumn c : d.sqlColumns()) out.add(c.name());
      return out;
    }
    return t == null ? List.of() : t.getRowType(TYPES).getFieldNames();
  }
}
