package io.dynasql.calcite.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlHint;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Decides which stored name each unquoted identifier of a statement means. A quoted name is
 * exact and left alone. An unquoted one matches stored names ignoring case: tables among the
 * schema's tables (and WITH names), other names among the columns of the tables the statement
 * reads, its aliases and its table names. One match is the name; several are an
 * {@link AmbiguousNameException} naming them; none leaves the name as written, for Calcite to
 * report as not found.
 */
final class IdentifierResolver {
  /** Component {@code index} of {@code id} means {@code exact}. */
  record Rename(SqlIdentifier id, int index, String exact) {}

  private final KnownNames names;
  private final IdentifierRoles roles;
  private final List<Rename> renames = new ArrayList<>();
  /** Tables the statement reads, by the spelling it now uses: [schema, table]. */
  private final Map<String, String[]> tables = new HashMap<>();
  /** The same, by table reference. */
  private final Map<SqlIdentifier, String[]> byRef = new java.util.IdentityHashMap<>();

  private IdentifierResolver(KnownNames names, IdentifierRoles roles) {
    this.names = names;
    this.roles = roles;
  }

  /** The renames {@code statement} needs so that every name in it is spelled as stored. */
  static List<Rename> resolve(SqlNode statement, KnownNames names) {
    IdentifierResolver r = new IdentifierResolver(names, IdentifierRoles.of(statement));
    for (SqlIdentifier t : r.roles.tableRefs) r.table(t);
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlCall call) {
        return call instanceof SqlHint ? null : super.visit(call);
      }

      @Override
      public Void visit(SqlIdentifier id) {
        if (!r.roles.tableRefs.contains(id) && !r.roles.aliasDefs.contains(id)) r.expression(id);
        return null;
      }
    });
    return r.renames;
  }

  private void table(SqlIdentifier t) {
    int n = t.names.size();
    String schema = names.defaultSchema();
    if (n == 3) {
      // a source's table: source, remote schema, table, each matched ignoring case unless quoted
      String source = pick(t, 0, "schema", names.schemas());
      String sub = pick(t, 1, "schema", names.subSchemas(source));
      String table = pick(t, 2, "table", names.tables(source, sub));
      String[] resolved = {source, sub, table};
      tables.put(table, resolved);
      byRef.put(t, resolved);
      return;
    }
    if (n == 2) {
      schema = pick(t, 0, "schema", names.schemas());
    } else if (n != 1) {
      return; // longer names are left to Calcite
    }
    Collection<String> candidates = names.tables(schema);
    if (n == 1 && !roles.withNames.isEmpty()) {
      candidates = new ArrayList<>(candidates);
      candidates.addAll(roles.withNames);
    }
    String table = pick(t, n - 1, "table", candidates);
    if (!candidates.contains(table) && (n == 1 || names.schemas().contains(schema))) {
      throw new UnknownTableException(table, schema, ClosestName.of(table, candidates));
    }
    String[] resolved = {schema, table};
    tables.put(table, resolved);
    byRef.put(t, resolved);
  }

  private void expression(SqlIdentifier id) {
    int n = id.names.size();
    String previous = null;
    for (int i = 0; i < n; i++) {
      if (id.names.get(i).isEmpty()) continue; // the star of t.*
      boolean column = i == n - 1;
      String[] qualifier = column && previous != null ? qualifierTable(previous) : null;
      String[] target = roles.insertColumns.contains(id) ? byRef.get(roles.insertTarget) : null;
      Collection<String> candidates = target != null ? columnsOf(target)
          : qualifier != null ? columnsOf(qualifier) : unqualified();
      previous = pick(id, i, column ? "column" : "table or alias", candidates);
      if (column && !candidates.contains(previous)) unknownColumn(id, previous, qualifier, candidates);
    }
  }

  /**
   * Raises {@link UnknownColumnException} for a column that matched nothing, where this resolver
   * knows every column it could be: a qualifier naming a stored table (its alias not reused), or an
   * unqualified name in a statement reading only tables and queries. Anything else (a niladic
   * function such as CURRENT_DATE, a time unit, a column Calcite generates) is left to Calcite.
   */
  private void unknownColumn(SqlIdentifier id, String column, String[] qualifier, Collection<String> candidates) {
    if (qualifier != null) {
      String q = id.names.get(id.names.size() - 2);
      String table = qualifier[qualifier.length - 1];
      if (roles.withNames.contains(table) || java.util.Collections.frequency(roles.aliases, q) > 1 || candidates.isEmpty()) return;
      throw new UnknownColumnException(column, List.of(table), ClosestName.of(column, candidates));
    }
    if (id.names.size() != 1 || roles.opaqueSources || tables.isEmpty() || column.startsWith("EXPR$") || SqlWords.isReserved(column)) return;
    List<String> read = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (String[] t : tables.values()) {
      String table = t[t.length - 1];
      if (roles.withNames.contains(table)) continue;
      Collection<String> cs = columnsOf(t);
      if (cs.isEmpty()) return;
      read.add(table);
      columns.addAll(cs);
    }
    if (read.isEmpty()) return;
    java.util.Collections.sort(read);
    throw new UnknownColumnException(column, read, ClosestName.of(column, columns));
  }

  /** The columns of a resolved table: [schema, table], or [source, remote schema, table]. */
  private Collection<String> columnsOf(String[] t) {
    return t.length == 3 ? names.columns(t[0], t[1], t[2]) : names.columns(t[0], t[1]);
  }

  /** The table {@code q} (a resolved qualifier) names, directly or as a table alias; or null. */
  private String[] qualifierTable(String q) {
    SqlIdentifier aliased = roles.aliasOfTable.get(q);
    return aliased != null ? byRef.get(aliased) : tables.get(q);
  }

  /** Names an unqualified expression identifier may mean; made once, after the tables are resolved. */
  private Collection<String> unqualified;

  private Collection<String> unqualified() {
    if (unqualified != null) return unqualified;
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (Map.Entry<SqlIdentifier, String[]> ref : byRef.entrySet()) {
      if (ref.getKey() == roles.insertTarget) continue; // INSERT INTO t SELECT …: t's columns are not the query's
      String[] t = ref.getValue();
      all.add(t[t.length - 1]);
      all.addAll(columnsOf(t));
    }
    all.addAll(roles.aliases);
    all.addAll(names.schemas());
    unqualified = all;
    return all;
  }

  /** The stored spelling component {@code i} of {@code id} means; records a rename when it differs. */
  private String pick(SqlIdentifier id, int i, String kind, Collection<String> candidates) {
    String written = id.names.get(i);
    if (id.isComponentQuoted(i)) return written;
    LinkedHashSet<String> matches = new LinkedHashSet<>();
    for (String c : candidates) if (c.equalsIgnoreCase(written)) matches.add(c);
    if (matches.size() > 1) throw new AmbiguousNameException(kind, written, new ArrayList<>(matches));
    if (matches.isEmpty()) return written;
    String exact = matches.iterator().next();
    if (!exact.equals(written)) renames.add(new Rename(id, i, exact));
    return exact;
  }
}
