package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;

/**
 * Makes cancel and query timeout reach the operators Calcite generates code for. The store
 * accesses check the statement's cancel flag at every row and page, but a join, sort or
 * aggregate above them may work for a long time between two rows it asks of them (a nested-loop
 * join compares each outer row with every inner row it holds in memory). So every input of such
 * an operator in the final plan gets a {@link CancelCheck}, which checks the flag at each row it
 * passes on: the longest stretch without a check is then the work one input row causes.
 */
public final class CancelChecks {
  private CancelChecks() {}

  /**
   * {@code root} of a final plan with a check under every input of each operator that is not a
   * streaming row-by-row step (project, filter, calc: the checks below them suffice).
   * Convention-free plans (not Enumerable) are returned as they are.
   */
  public static RelNode insert(RelNode root) {
    if (!(root instanceof EnumerableRel)) return root;
    return walk(root);
  }

  private static RelNode walk(RelNode node) {
    if (node.getInputs().isEmpty() || node instanceof CancelCheck) return node;
    // a streamed aggregate reads its access itself, which checks the flag at every page
    boolean streaming = node instanceof Project || node instanceof Filter || node instanceof Calc
        || node instanceof DynamoStreamAggregate;
    List<RelNode> inputs = new ArrayList<>();
    boolean changed = false;
    for (RelNode in : node.getInputs()) {
      RelNode walked = walk(in);
      RelNode checked = streaming || !(walked instanceof EnumerableRel) ? walked : CancelCheck.over(walked);
      changed |= checked != in;
      inputs.add(checked);
    }
    return changed ? node.copy(node.getTraitSet(), inputs) : node;
  }

  /** Called by the code {@link CancelCheck} generates: {@code rows}, checking the flag at each. */
  public static <T> Enumerable<T> checked(Enumerable<T> rows, DataContext root) {
    AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
    if (flag == null) return rows; // not run by a JDBC statement: nothing can cancel it
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        StatementCanceledException.check(flag);
        return new Checked<>(rows.enumerator(), flag);
      }
    };
  }

  /** An enumerator that fails at the first move after the flag is raised. */
  private record Checked<T>(Enumerator<T> rows, AtomicBoolean flag) implements Enumerator<T> {
    @Override
    public T current() {
      return rows.current();
    }

    @Override
    public boolean moveNext() {
      StatementCanceledException.check(flag);
      return rows.moveNext();
    }

    @Override
    public void reset() {
      rows.reset();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
