package io.dynasql.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlKind;

/**
 * Puts {@link NonZero} around the divisor of every exact division and MOD in a plan, before it is
 * optimized, so a division by zero fails with {@link DivisionByZeroException} wherever it is
 * evaluated: in generated code, in constant reduction, in a static initialiser. Without it the
 * JDK's ArithmeticException says "/ by zero" or "integer overflow" only in its message. A divisor
 * that is a non-zero literal needs no guard.
 */
final class DivisorGuards extends RexShuttle {
  private final RexBuilder rex;

  private DivisorGuards(RexBuilder rex) {
    this.rex = rex;
  }

  /** {@code root} with every exact divisor guarded. */
  static RelNode insert(RelNode root) {
    return walk(root, new DivisorGuards(root.getCluster().getRexBuilder()));
  }

  private static RelNode walk(RelNode node, DivisorGuards guards) {
    List<RelNode> inputs = new ArrayList<>();
    boolean changed = false;
    for (RelNode in : node.getInputs()) {
      RelNode walked = walk(in, guards);
      changed |= walked != in;
      inputs.add(walked);
    }
    RelNode copy = changed ? node.copy(node.getTraitSet(), inputs) : node;
    if (copy instanceof Calc calc) return guards.calc(calc);
    return copy.accept(guards);
  }

  /** A Calc's program, expanded, guarded and normalized again (a program's expressions reference each other). */
  private RelNode calc(Calc calc) {
    RexProgram p = calc.getProgram();
    List<RexNode> projects = new ArrayList<>();
    boolean changed = false;
    for (var ref : p.getProjectList()) {
      RexNode e = p.expandLocalRef(ref);
      RexNode g = e.accept(this);
      changed |= g != e;
      projects.add(g);
    }
    RexNode condition = p.getCondition() == null ? null : p.expandLocalRef(p.getCondition());
    RexNode guarded = condition == null ? null : condition.accept(this);
    changed |= guarded != condition;
    if (!changed) return calc;
    RexProgram program = RexProgram.create(p.getInputRowType(), projects, guarded, p.getOutputRowType(), rex);
    return calc.copy(calc.getTraitSet(), calc.getInput(), program);
  }

  @Override
  public RexNode visitCall(RexCall call) {
    RexNode visited = super.visitCall(call);
    if (!(visited instanceof RexCall c) || c.getOperands().size() != 2) return visited;
    SqlKind kind = c.getKind();
    if (kind != SqlKind.DIVIDE && kind != SqlKind.MOD && kind != SqlKind.CHECKED_DIVIDE) return visited;
    RexNode divisor = c.getOperands().get(1);
    SqlFunction guard = NonZero.of(divisor.getType().getSqlTypeName());
    if (guard == null || nonZeroLiteral(divisor) || guarded(divisor)) return visited;
    return c.clone(c.getType(), List.of(c.getOperands().get(0), rex.makeCall(guard, divisor)));
  }

  private static boolean nonZeroLiteral(RexNode n) {
    return n instanceof RexLiteral l && !l.isNull() && l.getValueAs(java.math.BigDecimal.class) != null
        && l.getValueAs(java.math.BigDecimal.class).signum() != 0;
  }

  private static boolean guarded(RexNode n) {
    return n instanceof RexCall c && c.getOperator() instanceof SqlFunction f && NonZero.is(f);
  }
}
