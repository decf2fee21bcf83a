package io.dynasql.calcite.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlHint;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWithItem;

/**
 * What each identifier of a parsed statement is: a table reference (in FROM, or the target of
 * INSERT / UPDATE / DELETE), the definition of an alias (after AS, a WITH name, a column alias
 * list), or, like everything else, a name used in an expression. Table aliases remember the
 * table they stand for, so {@code o.amount} is looked up among the columns of {@code o}'s table.
 */
final class IdentifierRoles {
  final Set<SqlIdentifier> tableRefs = Collections.newSetFromMap(new IdentityHashMap<>());
  /**
   * The table an INSERT writes (null: not an INSERT): its columns are names of the INSERT's
   * column list only, never of the query it inserts, which cannot see them.
   */
  SqlIdentifier insertTarget;
  /** The INSERT's column list. */
  final Set<SqlIdentifier> insertColumns = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<SqlIdentifier> aliasDefs = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Every alias spelling defined anywhere in the statement. */
  final List<String> aliases = new ArrayList<>();
  /** Names defined by WITH, usable as tables. */
  final List<String> withNames = new ArrayList<>();
  /**
   * Whether some FROM item is neither a table nor a query (VALUES, UNNEST, a table function): its
   * columns are not known here, so an unqualified name that matches nothing is left to Calcite.
   */
  boolean opaqueSources;
  /** Table alias (as written) to the table reference it names. */
  final Map<String, SqlIdentifier> aliasOfTable = new java.util.HashMap<>();

  static IdentifierRoles of(SqlNode statement) {
    IdentifierRoles r = new IdentifierRoles();
    r.walk(statement, false);
    return r;
  }

  private void walk(SqlNode n, boolean from) {
    if (n == null) return;
    if (n instanceof SqlIdentifier id) {
      if (from) tableRefs.add(id);
      return;
    }
    if (n instanceof SqlNodeList list) {
      for (SqlNode e : list) walk(e, from);
      return;
    }
    if (!(n instanceof SqlCall c) || c instanceof SqlHint) return; // hints are dynasql's, read from the text
    if (c instanceof SqlSelect s) {
      for (SqlNode op : s.getOperandList()) walk(op, op != null && op == s.getFrom());
    } else if (c instanceof SqlJoin j) {
      walk(j.getLeft(), true);
      walk(j.getRight(), true);
      walk(j.getCondition(), false);
    } else if (c.getKind() == SqlKind.AS) {
      walk(c.operand(0), from);
      for (int i = 1; i < c.operandCount(); i++) define(c.operand(i));
      if (from && c.operand(0) instanceof SqlIdentifier t && c.operand(1) instanceof SqlIdentifier a) {
        aliasOfTable.put(a.getSimple(), t);
      }
    } else if (c instanceof org.apache.calcite.sql.SqlWindow w) {
      define(w.getDeclName()); // WINDOW w AS (...): OVER w names it
      for (SqlNode op : c.getOperandList()) if (op != w.getDeclName()) walk(op, false);
    } else if (c instanceof SqlWithItem w) {
      define(w.name);
      withNames.add(w.name.getSimple());
      define(w.columnList);
      walk(w.query, false);
    } else if (c instanceof SqlInsert i) {
      if (i.getTargetTable() instanceof SqlIdentifier t) {
        tableRefs.add(t);
        insertTarget = t;
        if (i.getTargetColumnList() != null) {
          for (SqlNode listed : i.getTargetColumnList()) if (listed instanceof SqlIdentifier col) insertColumns.add(col);
        }
      }
      walk(i.getSource(), false);
      walk(i.getTargetColumnList(), false);
    } else if (c instanceof SqlUpdate u) {
      target(u.getTargetTable(), u.getAlias());
      walk(u.getTargetColumnList(), false);
      walk(u.getSourceExpressionList(), false);
      walk(u.getCondition(), false);
    } else if (c instanceof SqlDelete d) {
      target(d.getTargetTable(), d.getAlias());
      walk(d.getCondition(), false);
    } else {
      if (from && c.getKind() != SqlKind.TABLESAMPLE && c.getKind() != SqlKind.SNAPSHOT) opaqueSources = true;
      boolean tableOperand = from && (c.getKind() == SqlKind.TABLESAMPLE || c.getKind() == SqlKind.SNAPSHOT);
      for (int i = 0; i < c.operandCount(); i++) walk(c.operand(i), tableOperand && i == 0);
    }
  }

  private void target(SqlNode table, SqlIdentifier alias) {
    if (table instanceof SqlIdentifier t) {
      tableRefs.add(t);
      if (alias != null) {
        define(alias);
        aliasOfTable.put(alias.getSimple(), t);
      }
    }
  }

  private void define(SqlNode n) {
    if (n instanceof SqlIdentifier id) {
      aliasDefs.add(id);
      aliases.add(id.getSimple());
    } else if (n instanceof SqlNodeList list) {
      for (SqlNode e : list) define(e);
    }
  }
}
