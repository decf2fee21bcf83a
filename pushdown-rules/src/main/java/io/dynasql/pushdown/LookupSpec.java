package io.dynasql.pushdown;

import java.util.List;
import org.apache.calcite.rel.core.JoinRelType;

/**
 * Everything a lookup join needs at execution, handed to the generated code as one value.
 *
 * @param source the inner table
 * @param path how it is read
 * @param innerFields the inner columns each joined row carries after the outer ones (INNER and LEFT only)
 * @param type INNER, LEFT or SEMI, from the outer side
 * @param pairs every equi-join pair; a found item joins an outer row only when all are equal
 */
public record LookupSpec(DynamoSource source, LookupPath path, int[] innerFields, JoinRelType type,
    List<LookupKey> pairs) {
  public LookupSpec {
    innerFields = innerFields.clone();
    pairs = List.copyOf(pairs);
  }

  /** Whether joined rows carry inner columns (INNER and LEFT) or only the outer row (SEMI). */
  boolean carriesInner() {
    return type == JoinRelType.INNER || type == JoinRelType.LEFT;
  }
}
