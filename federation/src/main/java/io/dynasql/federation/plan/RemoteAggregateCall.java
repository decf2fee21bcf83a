package io.dynasql.federation.plan;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One aggregate a source computes for a pushed GROUP BY, as dynasql would compute it.
 *
 * @param function which aggregate
 * @param column the table column (by ordinal) it reads; -1 for {@code COUNT(*)}
 * @param type the type dynasql gives its result, which the source's value is converted to exactly
 */
public record RemoteAggregateCall(Function function, int column, SqlTypeName type) {
  /** The aggregates sent: each gives the same answer in every dialect on the columns it is allowed for. */
  public enum Function {
    COUNT, SUM, MIN, MAX
  }
}
