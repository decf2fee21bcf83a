package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Turns one conjunct of a WHERE clause into a {@link RemoteCondition}, or says it cannot
 * (null): then it stays above the access and Calcite evaluates it. Only what the source answers
 * exactly as dynasql would is pushed: text only where the source compares as we do, a literal
 * only when it converts to the column's type without loss ({@link LiteralValues}).
 */
final class ConditionTranslator {
  private final RemoteScan scan;
  private final Dialect dialect;

  ConditionTranslator(RemoteScan scan) {
    this.scan = scan;
    this.dialect = scan.source().dialect();
  }

  RemoteCondition translate(RexNode node) {
    switch (node.getKind()) {
      case EQUALS: return compare((RexCall) node, RemoteCondition.Op.EQ);
      case NOT_EQUALS: return compare((RexCall) node, RemoteCondition.Op.NE);
      case LESS_THAN: return compare((RexCall) node, RemoteCondition.Op.LT);
      case LESS_THAN_OR_EQUAL: return compare((RexCall) node, RemoteCondition.Op.LE);
      case GREATER_THAN: return compare((RexCall) node, RemoteCondition.Op.GT);
      case GREATER_THAN_OR_EQUAL: return compare((RexCall) node, RemoteCondition.Op.GE);
      case IS_NULL:
      case IS_NOT_NULL: {
        Integer col = column(((RexCall) node).getOperands().get(0), false);
        return col == null ? null : new RemoteCondition.NullTest(col, node.getKind() == SqlKind.IS_NULL);
      }
      case OR: {
        List<RemoteCondition> any = new ArrayList<>();
        for (RexNode o : ((RexCall) node).getOperands()) {
          RemoteCondition c = translate(o);
          if (c == null) return null;
          any.add(c);
        }
        return new RemoteCondition.AnyOf(any);
      }
      default:
        return null;
    }
  }

  private RemoteCondition compare(RexCall call, RemoteCondition.Op op) {
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    if (column(left, true) == null) {
      RexNode t = left;
      left = right;
      right = t;
      op = op.flip();
    }
    boolean param = right instanceof RexDynamicParam;
    Integer col = column(left, !param);
    if (col == null) return null;
    RemoteColumn c = scan.query().table().columns().get(col);
    if (!pushable(c, op)) return null;
    if (param) return new RemoteCondition.Compare(col, op, new Operand.Parameter(((RexDynamicParam) right).getIndex(), c.type()));
    if (!(right instanceof RexLiteral lit) || lit.isNull()) return null;
    Object value = LiteralValues.convert(lit, c);
    return value == null ? null : new RemoteCondition.Compare(col, op, new Operand.Literal(value));
  }

  /** Whether the source compares values of {@code c} with {@code op} as dynasql does. */
  private boolean pushable(RemoteColumn c, RemoteCondition.Op op) {
    if (c.isText()) return op.isRange() ? dialect.ordersTextAsWeDo() : dialect.comparesTextAsWeDo();
    if (c.isNumber() || c.type() == org.apache.calcite.sql.type.SqlTypeName.BOOLEAN) return true;
    // SQLite keeps dates as text or numbers in any format; a zoned timestamp compares by instant
    return c.isDateTime() && dialect != Dialect.SQLITE && !c.isZoned();
  }


  /**
   * The table column {@code node} reads: a field of the access, possibly under a widening CAST
   * (allowed only when {@code castOk}, that is when the other side is a literal converted exactly).
   */
  private Integer column(RexNode node, boolean castOk) {
    if (castOk && node.getKind() == SqlKind.CAST) {
      RexNode inner = ((RexCall) node).getOperands().get(0);
      if (!(inner instanceof RexInputRef) || !LiteralValues.widens(inner.getType(), node.getType())) return null;
      node = inner;
    }
    if (!(node instanceof RexInputRef ref)) return null;
    return scan.query().fields().get(ref.getIndex());
  }
}
