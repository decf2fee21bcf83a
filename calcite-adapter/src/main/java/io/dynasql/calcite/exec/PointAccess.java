package io.dynasql.calcite.exec;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessPath;
import io.dynasql.pushdown.AccessRunner;
import io.dynasql.pushdown.DynamoSource;
import io.dynasql.pushdown.DynamoTableAccess;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * A plan that is one GET of whole columns ({@code SELECT a, b FROM t WHERE pk = ? AND sk = ?}):
 * its rows come straight from the store's GetItem with the bound parameters, with no generated
 * code in between. The rows are the same the planned code would give.
 *
 * @param source the table read
 * @param path the GET
 * @param fields for each result column, the table field it is
 */
public record PointAccess(DynamoSource source, AccessPath path, int[] fields) {
  /** The point read {@code root} is, or null when it is anything else. */
  static PointAccess of(RelRoot root) {
    RelNode rel = root.rel;
    int[] refs;
    DynamoTableAccess access;
    if (rel instanceof DynamoTableAccess a) {
      access = a;
      refs = null;
    } else if (rel instanceof Calc calc && calc.getInput() instanceof DynamoTableAccess a) {
      refs = inputRefs(calc.getProgram());
      if (refs == null) return null;
      access = a;
    } else {
      return null;
    }
    if (access.path().kind() != AccessKind.GET) return null;
    int[] out = new int[root.fields.size()];
    for (int i = 0; i < out.length; i++) {
      int field = root.fields.get(i).getKey();
      out[i] = access.fields().get(refs == null ? field : refs[field]);
    }
    return new PointAccess(access.source(), access.path(), out);
  }

  /** A GET found without planning (see the driver's direct point path). */
  public static PointAccess direct(DynamoSource source, AccessPath path, int[] fields) {
    return new PointAccess(source, path, fields);
  }

  /** For each output of a Calc without a condition, the input field it passes on; null otherwise. */
  private static int[] inputRefs(RexProgram program) {
    if (program.getCondition() != null) return null;
    List<RexLocalRef> projects = program.getProjectList();
    int[] refs = new int[projects.size()];
    for (int i = 0; i < refs.length; i++) {
      RexNode e = program.expandLocalRef(projects.get(i));
      if (!(e instanceof RexInputRef r)) return null;
      refs[i] = r.getIndex();
    }
    return refs;
  }

  /** The rows (arrays, or single objects when {@code scalar}) read with {@code context}'s parameters. */
  public Enumerable<Object> rows(boolean scalar, DataContext context) {
    return AccessRunner.enumerable(source, path, fields, scalar, context);
  }
}
