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
      Collection<String> candidates = qualifier != null ? columnsOf(qualifier) : unqualified();
      previous = pick(id, i, column ? "column" : "table or alias", candidates);
    }
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
    for (String[] t : tables.values()) {
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
