package io.dynasql.jdbc;

import io.dynasql.calcite.DynasqlTable;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessPath;
import io.dynasql.pushdown.KeyValue;
import io.dynasql.pushdown.SortKeyRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Recognises the simplest point query, {@code SELECT cols | * FROM t WHERE pk = 'a' [AND sk = 1]}
 * with plain column names and literals, whose plan can only be one GET: it is answered without
 * Calcite's prepare (validation, planning, code generation), which a fresh JVM pays in class
 * loading for its first statement. Anything else, or anything unsure (a literal of another type
 * family than its column, an expression, an alias, a hint), is null: the planned path answers it.
 */
final class DirectPoint {
  private DirectPoint() {}

  /** A GET found without planning, and the columns it returns. */
  record Found(io.dynasql.calcite.exec.PointAccess access, List<org.apache.calcite.avatica.ColumnMetaData> columns) {}

  /**
   * A point query found in a tree, before its key literals are read: the table, the result
   * fields, and which literal gives the partition key and the sort key. What it depends on is the
   * statement's shape, so a shape seen before is bound to new literals without a parse
   * ({@link ShapeCache}).
   *
   * @param pk the partition key's field and its literal in the tree
   * @param sk the sort key's field and literal, or null when the table has no sort key
   */
  record Template(DynasqlTable table, int[] fields, List<org.apache.calcite.avatica.ColumnMetaData> columns,
      KeyLiteral pk, KeyLiteral sk) {
    /**
     * The GET of these key values (a String, or a BigDecimal an exact number was written as), or
     * null when a value is not of its column's type family or not a key value of it.
     */
    Found bind(Object pkValue, Object skValue) {
      KeySchema key = table.descriptor().keySchema();
      AttributeValue p = value(table, pk.field(), pkValue);
      AttributeValue s = sk == null ? null : value(table, sk.field(), skValue);
      if (p == null || (sk != null && s == null)) return null;
      SortKeyRange sort = s == null ? null
          : new SortKeyRange(key.sortKey(), SortKeyCondition.Operator.EQ, new KeyValue.Literal(s), null);
      AccessPath path = new AccessPath(AccessKind.GET, table.descriptor().name(), null, key.partitionKey(),
          List.of(new KeyValue.Literal(p)), sort, null, null, true, null, false);
      return new Found(io.dynasql.calcite.exec.PointAccess.direct(table, path, fields), columns);
    }
  }

  /** A key column's field and the literal the statement compares it with. */
  record KeyLiteral(int field, SqlNode literal) {}

  /** The GET {@code tree} is, with the columns it returns, or null. */
  static Found of(SqlNode tree, org.apache.calcite.schema.SchemaPlus schema, org.apache.calcite.adapter.java.JavaTypeFactory types) {
    Template t = template(tree, schema, types);
    return t == null ? null : t.bind(literal(t.pk().literal()), t.sk() == null ? null : literal(t.sk().literal()));
  }

  /** The point query {@code tree} is shaped as, or null: its key literals are not read yet. */
  static Template template(SqlNode tree, org.apache.calcite.schema.SchemaPlus schema,
      org.apache.calcite.adapter.java.JavaTypeFactory types) {
    if (!(tree instanceof SqlSelect s) || !simple(s)) return null;
    String alias = null;
    SqlNode from = s.getFrom();
    if (from != null && from.getKind() == SqlKind.AS && ((SqlBasicCall) from).operandCount() == 2
        && ((SqlBasicCall) from).operand(1) instanceof SqlIdentifier a) {
      alias = a.getSimple();
      from = ((SqlBasicCall) from).operand(0);
    }
    if (!(from instanceof SqlIdentifier t) || t.names.size() != 1 || schema == null) return null;
    if (!(schema.tables().get(t.getSimple()) instanceof DynasqlTable table)) return null;
    List<SqlColumn> columns = table.sqlColumns();
    int[] fields = fields(s.getSelectList(), columns, t.getSimple(), alias);
    if (fields == null) return null;
    KeySchema key = table.descriptor().keySchema();
    KeyLiteral[] values = new KeyLiteral[2];
    List<SqlNode> conjuncts = new ArrayList<>();
    if (s.getWhere() == null || !conjuncts(s.getWhere(), conjuncts)) return null;
    for (SqlNode c : conjuncts) {
      SqlBasicCall eq = (SqlBasicCall) c;
      SqlNode l = eq.operand(0);
      SqlNode r = eq.operand(1);
      SqlIdentifier col = l instanceof SqlIdentifier li ? li : r instanceof SqlIdentifier ri ? ri : null;
      SqlNode literal = col == l ? r : l;
      int field = col == null ? -1 : column(col, columns, t.getSimple(), alias);
      if (field < 0) return null;
      String attribute = columns.get(field).ref().attribute();
      int slot = key.partitionKey().equals(attribute) ? 0 : key.hasSortKey() && key.sortKey().equals(attribute) ? 1 : -1;
      if (slot < 0 || values[slot] != null) return null;
      if (!(literal instanceof SqlCharStringLiteral) && !(literal instanceof SqlNumericLiteral)) return null;
      values[slot] = new KeyLiteral(field, literal);
    }
    if (values[0] == null || (key.hasSortKey() != (values[1] != null))) return null;
    return new Template(table, fields, columns(table, fields, types), values[0], values[1]);
  }

  /** A literal's value as {@link Template#bind} takes it: a String, an exact number's BigDecimal, else null. */
  static Object literal(SqlNode n) {
    if (n instanceof SqlCharStringLiteral s) return s.getValueAs(String.class);
    if (n instanceof SqlNumericLiteral num && num.isExact()) return num.getValueAs(BigDecimal.class);
    return null;
  }

  /** The result columns: the table's fields, described as Calcite's preparation describes them. */
  private static List<org.apache.calcite.avatica.ColumnMetaData> columns(DynasqlTable table, int[] fields,
      org.apache.calcite.adapter.java.JavaTypeFactory types) {
    org.apache.calcite.rel.type.RelDataType row = table.getRowType(types);
    org.apache.calcite.rel.type.RelDataTypeFactory.Builder b = types.builder();
    for (int f : fields) b.add(row.getFieldList().get(f));
    return io.dynasql.calcite.exec.Columns.of(types, b.build(), DynasqlDriver.SCHEMA, table.descriptor().name());
  }

  /** No DISTINCT, grouping, ordering, windows, limits or hints. */
  private static boolean simple(SqlSelect s) {
    return !s.isDistinct() && s.getGroup() == null && s.getHaving() == null && s.getOrderList() == null
        && s.getOffset() == null && s.getFetch() == null && s.getWindowList().isEmpty() && s.getQualify() == null
        && (s.getHints() == null || s.getHints().isEmpty()) && (s.getSelectList() != null);
  }

  /** The table fields the select list names, in order; null for anything but plain columns or {@code *}. */
  private static int[] fields(SqlNodeList select, List<SqlColumn> columns, String table, String alias) {
    if (select.size() == 1 && select.get(0) instanceof SqlIdentifier star && star.isStar() && star.names.size() == 1) {
      int[] all = new int[columns.size()];
      for (int i = 0; i < all.length; i++) all[i] = i;
      return all;
    }
    int[] out = new int[select.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(select.get(i) instanceof SqlIdentifier id) || id.isStar()) return null;
      out[i] = column(id, columns, table, alias);
      if (out[i] < 0) return null;
    }
    return out;
  }

  /** The field {@code id} names (plain, or qualified by the table or its alias), or -1. */
  private static int column(SqlIdentifier id, List<SqlColumn> columns, String table, String alias) {
    if (id.names.size() == 2 && !id.names.get(0).equals(alias != null ? alias : table)) return -1;
    if (id.names.size() > 2) return -1;
    String name = id.names.get(id.names.size() - 1);
    for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
    return -1;
  }

  /** Flattens ANDs of {@code column = literal}; false when there is anything else. */
  private static boolean conjuncts(SqlNode n, List<SqlNode> out) {
    if (!(n instanceof SqlBasicCall c)) return false;
    if (c.getKind() == SqlKind.AND) {
      for (SqlNode o : c.getOperandList()) if (!conjuncts(o, out)) return false;
      return true;
    }
    if (c.getKind() != SqlKind.EQUALS) return false;
    out.add(c);
    return true;
  }

  /** The key value of a literal of the column's type family (strings for strings, exact numbers for exact numbers). */
  private static AttributeValue value(DynasqlTable table, int field, Object literal) {
    SqlColumn c = table.sqlColumns().get(field);
    SqlTypeFamily family = c.type().getFamily();
    if (literal instanceof String s && family == SqlTypeFamily.CHARACTER) return table.toAttribute(field, s);
    if (literal instanceof BigDecimal n && family == SqlTypeFamily.NUMERIC
        && c.type() != org.apache.calcite.sql.type.SqlTypeName.DOUBLE && c.type() != org.apache.calcite.sql.type.SqlTypeName.REAL) {
      return table.toAttribute(field, n);
    }
    return null;
  }
}
