package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableIntList;

/**
 * The table accesses a join input can be read as: an access in the input's set (an access is
 * born in the Enumerable convention, a join's input may be a logical subset, so it is looked for
 * in both), or an access under a projection that only picks columns (seen as the access
 * returning those columns).
 */
final class LookupInner {
  private LookupInner() {}

  /** The accesses {@code input} is equivalent to, narrowed to its columns in its order. */
  static List<DynamoTableAccess> of(RelNode input, RelOptPlanner planner) {
    Set<DynamoTableAccess> out = new LinkedHashSet<>();
    for (RelNode rel : rels(input, planner)) {
      if (rel instanceof DynamoTableAccess a) {
        out.add(a);
      } else if (rel instanceof LogicalProject p) {
        int[] refs = refs(p.getProjects());
        if (refs == null) continue;
        for (RelNode below : rels(p.getInput(), planner)) {
          if (!(below instanceof DynamoTableAccess a)) continue;
          int[] fields = new int[refs.length];
          List<String> attributes = new ArrayList<>();
          boolean whole = false;
          for (int i = 0; i < refs.length; i++) {
            fields[i] = a.fields().get(refs[i]);
            String attribute = a.source().columns().get(fields[i]).attribute();
            if (attribute == null) whole = true;
            else if (!attributes.contains(attribute)) attributes.add(attribute);
          }
          // the projection reads only its columns (and what the access's filter needs, which the store reads anyway)
          AccessPath path = whole ? a.path() : a.path().withProjection(attributes);
          out.add(a.with(path, ImmutableIntList.of(fields)));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The expressions {@code input} stands for: its set's rels in its own traits, the Enumerable convention and none. */
  static List<RelNode> equivalents(RelNode input, RelOptPlanner planner) {
    List<RelNode> rels = rels(input, planner);
    rels.removeIf(r -> r instanceof RelSubset);
    return rels.isEmpty() ? List.of(input) : rels;
  }

  private static List<RelNode> rels(RelNode input, RelOptPlanner planner) {
    List<RelNode> rels = new ArrayList<>();
    if (!(input instanceof RelSubset s)) {
      rels.add(input);
      return rels;
    }
    rels.addAll(s.getRelList());
    if (planner instanceof VolcanoPlanner v) {
      for (Convention c : List.of(EnumerableConvention.INSTANCE, Convention.NONE)) {
        RelSubset other = v.getSubset(s, s.getTraitSet().replace(c));
        if (other != null && other != s) rels.addAll(other.getRelList());
      }
    }
    return rels;
  }

  /** For each output of a projection of bare columns, the input column; null for any other projection. */
  private static int[] refs(List<RexNode> projects) {
    int[] refs = new int[projects.size()];
    for (int i = 0; i < refs.length; i++) {
      if (!(projects.get(i) instanceof RexInputRef r)) return null;
      refs[i] = r.getIndex();
    }
    return refs;
  }
}
