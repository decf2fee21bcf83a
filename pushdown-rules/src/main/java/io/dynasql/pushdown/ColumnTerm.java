package io.dynasql.pushdown;

import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * A predicate of the form {@code column OP value}, where value is a literal or a {@code ?}
 * parameter, with the column side normalised to the left. Anything else is not a term.
 *
 * @param field the table column (index into the source's columns)
 * @param kind the comparison, flipped if the column was on the right
 * @param value the literal or parameter
 */
record ColumnTerm(int field, SqlKind kind, RexNode value) {

  /** The term {@code node} is, read through the access's field mapping, or null. */
  static ColumnTerm of(RexNode node, int[] fields) {
    if (!(node instanceof RexCall call) || call.getOperands().size() != 2) return null;
    RexNode a = stripWideningCast(call.getOperands().get(0));
    RexNode b = stripWideningCast(call.getOperands().get(1));
    SqlKind kind = call.getKind();
    if (!isComparison(kind) && kind != SqlKind.LIKE) return null;
    if (a instanceof RexInputRef ref && isValue(b)) return new ColumnTerm(fields[ref.getIndex()], kind, b);
    if (b instanceof RexInputRef ref && isValue(a) && kind != SqlKind.LIKE) {
      return new ColumnTerm(fields[ref.getIndex()], kind.reverse(), a);
    }
    return null;
  }

  /**
   * A column under a CAST within its own family (DECIMAL(10,2) widened to DECIMAL(12,2) to meet a
   * literal, VARCHAR(5) to VARCHAR) compares exactly as the column itself: look through it.
   */
  private static RexNode stripWideningCast(RexNode n) {
    if (n.getKind() != SqlKind.CAST) return n;
    RexNode inner = ((RexCall) n).getOperands().get(0);
    if (!(inner instanceof RexInputRef)) return n;
    SqlTypeFamily from = inner.getType().getSqlTypeName().getFamily();
    SqlTypeFamily to = n.getType().getSqlTypeName().getFamily();
    boolean sameFamily = from == to && (from == SqlTypeFamily.NUMERIC || from == SqlTypeFamily.CHARACTER);
    return sameFamily ? inner : n;
  }

  static boolean isComparison(SqlKind k) {
    return k == SqlKind.EQUALS || k == SqlKind.NOT_EQUALS || k == SqlKind.LESS_THAN
        || k == SqlKind.LESS_THAN_OR_EQUAL || k == SqlKind.GREATER_THAN || k == SqlKind.GREATER_THAN_OR_EQUAL;
  }

  private static boolean isValue(RexNode n) {
    return (n instanceof RexLiteral l && !l.isNull()) || n instanceof RexDynamicParam;
  }

  boolean isParam() {
    return value instanceof RexDynamicParam;
  }

  /** The LIKE pattern's literal prefix when it is {@code 'prefix%'} with no other wildcard, else null. */
  String likePrefix() {
    if (kind != SqlKind.LIKE || !(value instanceof RexLiteral l)) return null;
    String pattern = l.getValueAs(String.class);
    if (pattern == null || !pattern.endsWith("%")) return null;
    String prefix = pattern.substring(0, pattern.length() - 1);
    if (prefix.isEmpty() || prefix.contains("%") || prefix.contains("_") || prefix.contains("\\")) return null;
    return prefix;
  }
}
