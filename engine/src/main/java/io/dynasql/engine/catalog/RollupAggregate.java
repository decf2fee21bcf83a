package io.dynasql.engine.catalog;

import io.dynasql.engine.model.RollupFunction;

/**
 * One aggregate of a materialized view, as the catalog keeps it.
 *
 * @param function what is computed
 * @param attribute the base table's attribute aggregated, or null for {@code COUNT(*)}
 * @param alias the view table's attribute (and SQL column) holding the value
 */
public record RollupAggregate(RollupFunction function, String attribute, String alias) {
  public RollupAggregate {
    if (function == null || alias == null) throw new NullPointerException("function and alias");
    if ((function == RollupFunction.COUNT_STAR) != (attribute == null)) {
      throw new IllegalArgumentException(function + " with attribute " + attribute);
    }
  }
}
