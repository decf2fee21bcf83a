package io.dynasql.engine.model;

/**
 * An aggregate a materialized view keeps per group. Only aggregates that can be kept exact from a
 * change's old and new images alone are here: MIN and MAX are not, because deleting the current
 * minimum would need the rest of the group re-read.
 */
public enum RollupFunction {
  /** {@code COUNT(*)}: items in the group. */
  COUNT_STAR,
  /** {@code COUNT(attr)}: items in the group where the attribute is present and not NULL. */
  COUNT,
  /** {@code SUM(attr)}: the sum of the attribute's Number values (NULL when there are none). */
  SUM,
  /** {@code AVG(attr)}: kept as the sum and the count of the attribute's Number values. */
  AVG
}
