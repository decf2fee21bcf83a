package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnModel;
import io.dynasql.calcite.DynasqlSchema;
import io.dynasql.calcite.DynasqlTable;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.pushdown.ColumnRef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The table a statement writes, found in the connection's dynasql schema (so its columns are the
 * ones SELECT sees, sampled if need be): names match exactly first, then ignoring case.
 */
public final class TargetTable {
  private final DynasqlTable table;

  private TargetTable(DynasqlTable table) {
    this.table = table;
  }

  static TargetTable resolve(DmlContext context, String written) throws SQLException {
    SchemaPlus schema = context.session().defaultSchema();
    DynasqlSchema dynasql = schema == null ? null : schema.unwrap(DynasqlSchema.class);
    if (dynasql == null) {
      throw new IllegalStateException("The connection's default schema is not a dynasql schema: " + context.session().defaultSchemaName());
    }
    Collection<String> names = dynasql.tables().getNames(LikePattern.any());
    String name = match(written, names, n -> n, "table", "the database");
    // The lookup reads the catalog again: the table may have been dropped in between.
    DynasqlTable table = name == null ? null : (DynasqlTable) dynasql.tables().get(name);
    if (table == null) throw new ResourceNotFoundException("Requested resource not found: Table: " + written + " not found");
    return new TargetTable(table);
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
    return table.descriptor().name();
  }

  /** The database the table lives in. */
  io.dynasql.engine.Database database() {
    return table.database();
  }

  TableDescriptor descriptor() {
    return table.descriptor();
  }

  /** How many items, and of what size, the table and each of its indexes hold (for estimates). */
  io.dynasql.pushdown.backend.TableStatistics statistics() {
    return table.backend().statistics();
  }

  SqlColumn partitionKey() {
    return table.sqlColumns().get(0);
  }

  /** The sort key column, or null. */
  SqlColumn sortKey() {
    return descriptor().keySchema().hasSortKey() ? table.sqlColumns().get(1) : null;
  }

  /** The columns a statement may write: all but the whole-item column, in table order. */
  List<SqlColumn> writableColumns() {
    return table.sqlColumns().stream().filter(c -> c.ref().role() != ColumnRef.Role.ITEM).toList();
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
    return named(written, true);
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
    SqlColumn c = match(written, table.sqlColumns(), SqlColumn::name, "column", "table " + name());
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
