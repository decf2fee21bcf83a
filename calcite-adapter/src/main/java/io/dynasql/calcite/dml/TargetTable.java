package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.DynasqlSchema;
import io.dynasql.calcite.DynasqlTable;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.pushdown.ColumnRef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The table a statement writes: a table of the connection's dynasql schema (so its columns are
 * the ones SELECT sees, sampled if need be), or a table of a source that takes writes ({@link
 * WritableSource}, a DynamoDB endpoint's). Names match exactly first, then ignoring case.
 */
public final class TargetTable {
  private final DynasqlTable table;
  private final WritableSource source;
  private final String schema;
  /** The names {@link #insertColumns} last resolved, and their columns (the table's columns never change). */
  private List<String> insertNames;
  private List<SqlColumn> insertTargets;
  /** {@code #pk} for the partition key's attribute, made once: every row's condition shares it. */
  private Expr pkName;

  private TargetTable(DynasqlTable table, WritableSource source, String schema) {
    this.table = table;
    this.source = source;
    this.schema = schema;
  }

  static TargetTable resolve(DmlContext context, DmlStatement dml) throws SQLException {
    if (dml.schema() != null) return resolveSource(context, dml.schema(), dml.table());
    SchemaPlus schema = context.session().defaultSchema();
    DynasqlSchema dynasql = schema == null ? null : schema.unwrap(DynasqlSchema.class);
    if (dynasql == null) {
      throw new IllegalStateException("The connection's default schema is not a dynasql schema: " + context.session().defaultSchemaName());
    }
    Collection<String> names = dynasql.tables().getNames(LikePattern.any());
    String written = dml.table();
    String name = match(written, names, n -> n, "table", "the database");
    // The lookup reads the catalog again: the table may have been dropped in between.
    DynasqlTable table = name == null ? null : (DynasqlTable) dynasql.tables().get(name);
    if (table == null) throw new ResourceNotFoundException("Requested resource not found: Table: " + written + " not found");
    return new TargetTable(table, null, null);
  }

  /** A table of schema {@code written}: a DynamoDB source's takes writes, any other schema's is refused with 0A000. */
  private static TargetTable resolveSource(DmlContext context, String writtenSchema, String written) {
    SchemaPlus root = context.session().root();
    String schemaName = match(writtenSchema, root.subSchemas().getNames(LikePattern.any()), n -> n, "schema", "the connection");
    SchemaPlus schema = schemaName == null ? null : root.subSchemas().get(schemaName);
    if (schema == null) {
      throw new ResourceNotFoundException("Requested resource not found: Table: " + writtenSchema + "." + written
          + " not found (no schema " + writtenSchema + ")");
    }
    String name = match(written, schema.tables().getNames(LikePattern.any()), n -> n, "table", "schema " + schemaName);
    org.apache.calcite.schema.Table found = name == null ? null : schema.tables().get(name);
    if (found == null) {
      throw new ResourceNotFoundException("Requested resource not found: Table: " + schemaName + "." + written + " not found");
    }
    if (!(found instanceof WritableSource w)) {
      throw new DmlException(DmlException.NOT_SUPPORTED, "Cannot write to " + schemaName + "." + name + ": only tables of"
          + " schema dynasql and of DynamoDB sources take INSERT, UPDATE and DELETE; " + schemaName + " is read-only");
    }
    return new TargetTable(null, w, schemaName);
  }

  /** The exact match, else the one match ignoring case, else null; several is an error naming them. */
  static <T> T match(String written, Collection<T> candidates, Function<T, String> name, String what, String where) {
    List<T> loose = new ArrayList<>();
    for (T c : candidates) {
      if (name.apply(c).equals(written)) return c;
      if (name.apply(c).equalsIgnoreCase(written)) loose.add(c);
    }
    if (loose.size() > 1) {
      throw new DmlException(DmlException.REFUSED, "The " + what + " name " + written + " is ambiguous in " + where
          + ": it matches " + String.join(", ", loose.stream().map(name).toList()) + " ignoring case; write it exactly");
    }
    return loose.isEmpty() ? null : loose.get(0);
  }

  public String name() {
    return descriptor().name();
  }

  /** The source table written through its own calls, or null for a dynasql table. */
  WritableSource source() {
    return source;
  }

  /** The table's name as a query reads it: {@code Orders}, or {@code live.Orders} for a source's. */
  org.apache.calcite.sql.SqlIdentifier identifier() {
    List<String> names = schema == null ? List.of(name()) : List.of(schema, name());
    return new org.apache.calcite.sql.SqlIdentifier(names, org.apache.calcite.sql.parser.SqlParserPos.ZERO);
  }

  /** The database the table lives in. */
  io.dynasql.engine.Database database() {
    if (table == null) throw new IllegalStateException("Table " + schema + "." + name() + " is a source's, not the database's");
    return table.database();
  }

  TableDescriptor descriptor() {
    return table != null ? table.descriptor() : source.descriptor();
  }

  private List<SqlColumn> sqlColumns() {
    return table != null ? table.sqlColumns() : source.sqlColumns();
  }

  /** How many items, and of what size, the table and each of its indexes hold (for estimates). */
  io.dynasql.pushdown.backend.TableStatistics statistics() {
    return table != null ? table.backend().statistics() : source.statistics();
  }

  SqlColumn partitionKey() {
    return sqlColumns().get(0);
  }

  /**
   * The placeholder {@code #pk} for the partition key's attribute, as the conditions
   * {@code attribute_exists(#pk)} / {@code attribute_not_exists(#pk)} name it. One instance per
   * table: the engine compiles a batch's conditions once per distinct (text, placeholders), and an
   * identical instance compares at once.
   */
  Expr pkName() {
    if (pkName == null) pkName = Expr.names(Map.of("#pk", partitionKey().ref().attribute()));
    return pkName;
  }

  /** The sort key column, or null. */
  SqlColumn sortKey() {
    return descriptor().keySchema().hasSortKey() ? sqlColumns().get(1) : null;
  }

  /** The columns a statement may write: all but the whole-item column, in table order. */
  List<SqlColumn> writableColumns() {
    return sqlColumns().stream().filter(c -> c.ref().role() != ColumnRef.Role.ITEM).toList();
  }

  /** The columns named, each at most once, refusing unknown names and the whole-item column. */
  List<SqlColumn> writableColumns(List<String> written) {
    return named(written, false);
  }

  /**
   * The columns an INSERT names: the whole-item column may be among them, its values must then
   * be NULL ({@link #isItem}). Tools that insert every column the metadata lists (Spring's
   * SimpleJdbcInsert) name it and bind NULL.
   */
  List<SqlColumn> insertColumns(List<String> written) {
    // every row of a batch asks again for its statement's (immutable) list: resolve it once
    if (written != insertNames) {
      insertTargets = named(written, true);
      insertNames = written;
    }
    return insertTargets;
  }

  boolean isItem(SqlColumn c) {
    return c.ref().role() == ColumnRef.Role.ITEM;
  }

  /** Refuses a value for the whole-item column. */
  DmlException itemWritten() {
    return new DmlException(DmlException.REFUSED, "Column " + ColumnModel.ITEM_COLUMN + " of table " + name()
        + " is the whole item as JSON and cannot be written; write its attributes as columns");
  }

  private List<SqlColumn> named(List<String> written, boolean itemAllowed) {
    List<SqlColumn> out = new ArrayList<>();
    for (String w : written) {
      SqlColumn c = column(w);
      if (isItem(c) && !itemAllowed) throw itemWritten();
      if (out.contains(c)) throw new DmlException(DmlException.REFUSED, "Column " + c.name() + " of table " + name() + " is named twice");
      out.add(c);
    }
    return out;
  }

  /** The column named {@code written}, refusing unknown names and the whole-item column. */
  SqlColumn writableColumn(String written) {
    SqlColumn c = column(written);
    if (isItem(c)) throw itemWritten();
    return c;
  }

  private SqlColumn column(String written) {
    SqlColumn c = match(written, sqlColumns(), SqlColumn::name, "column", "table " + name());
    if (c == null) throw new DmlException(DmlException.UNKNOWN_COLUMN, "Column " + written + " not found in table " + name());
    return c;
  }

  boolean isKey(SqlColumn c) {
    return c.ref().role() == ColumnRef.Role.PARTITION_KEY || c.ref().role() == ColumnRef.Role.SORT_KEY;
  }

  /** A column and its type, for messages: {@code total (DECIMAL)}, {@code tags (VARCHAR ARRAY)}. */
  static String describe(SqlColumn c) {
    String type = c.component() == null ? c.type().getName() : c.component().getName() + " " + c.type().getName();
    return c.name() + " (" + type.toUpperCase(Locale.ROOT) + ")";
  }
}
