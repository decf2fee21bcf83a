package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;

/**
 * What a {@link DynamoStreamAggregate} computes over the items of its access, decided at planning:
 * the table columns the access reads (its row), which of them are grouped by, which one is the
 * partition key (items of one partition key arrive one after another, so a group is finished
 * when that key changes), and the aggregates.
 *
 * @param fields the table column of each input column (the access's fields)
 * @param groups the input columns grouped by, in the order of the output
 * @param partitionGroup the position in {@code groups} of the partition key column
 * @param specs the aggregates, in the order of the output
 * @param resultClasses the Java class of each aggregate's MIN or MAX value (its column's)
 * @param scalar whether the output has one column, handed out as the value itself rather than an array
 */
public record StreamGroups(int[] fields, int[] groups, int partitionGroup, AggregateSpec[] specs, Class<?>[] resultClasses,
    boolean scalar) {

  /**
   * The plan of {@code agg} over {@code access}, or null when it cannot stream: only an access of
   * the local store's table itself (a SCAN or a QUERY, whose items come in partition-key runs,
   * unlike an index's or a batch of keys), whole (no limit), grouping by the partition key among
   * others, with aggregates {@link AggregateSpec} computes.
   */
  static StreamGroups of(Aggregate agg, DynamoTableAccess access) {
    DynamoSource source = access.source();
    AccessPath path = access.path();
    if (!source.pushdown() || source.sourceName() != null || path.index() != null || path.limited() || path.countOnly()) return null;
    if (path.kind() != AccessKind.SCAN && path.kind() != AccessKind.QUERY) return null;
    if (agg.getGroupType() != Aggregate.Group.SIMPLE || agg.getGroupSet().isEmpty()) return null;
    int[] fields = access.fields().toIntArray();
    int[] groups = agg.getGroupSet().toArray();
    int partitionGroup = -1;
    for (int g = 0; g < groups.length; g++) {
      if (source.columns().get(fields[groups[g]]).role() == ColumnRef.Role.PARTITION_KEY) partitionGroup = g;
    }
    if (partitionGroup < 0) return null;
    RelDataType input = agg.getInput().getRowType();
    List<AggregateSpec> specs = new ArrayList<>();
    List<Class<?>> classes = new ArrayList<>();
    for (AggregateCall call : agg.getAggCallList()) {
      AggregateSpec s = AggregateSpec.of(call, input);
      if (s == null) return null;
      specs.add(s);
      classes.add(switch (call.getType().getSqlTypeName()) {
        case INTEGER -> Integer.class;
        case SMALLINT -> Short.class;
        case TINYINT -> Byte.class;
        default -> Long.class;
      });
    }
    return new StreamGroups(fields, groups, partitionGroup, specs.toArray(new AggregateSpec[0]),
        classes.toArray(new Class<?>[0]), agg.getRowType().getFieldCount() == 1);
  }

  /** Whether the partition key is the only column grouped by: one group per run of items. */
  boolean byPartitionOnly() {
    return groups.length == 1;
  }
}
