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
 * the catalog, never from items.
 */
public final class SchemaNames implements KnownNames {
  private static final JavaTypeFactoryImpl TYPES = new JavaTypeFactoryImpl();

  private final SchemaPlus root;
  private final String defaultSchema;

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
    return root.subSchemas().getNames(LikePattern.any());
  }

  @Override
  public Collection<String> tables(String schema) {
    SchemaPlus s = root.subSchemas().get(schema);
    return s == null ? List.of() : s.tables().getNames(LikePattern.any());
  }

  @Override
  public Collection<String> columns(String schema, String table) {
    SchemaPlus s = root.subSchemas().get(schema);
    Table t = s == null ? null : s.tables().get(table);
    if (t instanceof DynasqlTable d) {
      List<String> out = new ArrayList<>();
      for (SqlColumn c : d.sqlColumns()) out.add(c.name());
      return out;
    }
    return t == null ? List.of() : t.getRowType(TYPES).getFieldNames();
  }
}
