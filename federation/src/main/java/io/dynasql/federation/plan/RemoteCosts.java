package io.dynasql.federation.plan;

import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;

/**
 * The planner's cost of rows fetched from a source, the one formula every remote access uses so
 * that they compare: each row weighs more the more columns it carries, since every column is
 * converted and sent over the wire.
 */
final class RemoteCosts {
  private RemoteCosts() {}

  /** How much one row of {@code columns} columns weighs against a bare row. */
  static double width(int columns) {
    return 1 + 0.1 * columns;
  }

  /** {@code rows} rows of {@code columns} columns fetched. */
  static RelOptCost fetched(RelOptPlanner planner, double rows, int columns) {
    double w = width(columns);
    return planner.getCostFactory().makeCost(rows * w, rows * w, rows * columns);
  }
}
