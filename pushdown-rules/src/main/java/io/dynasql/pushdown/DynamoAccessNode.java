package io.dynasql.pushdown;

/** A plan node that reads the store: what scan checks and cost reports look for in a plan. */
public interface DynamoAccessNode {
  /** How it reads. */
  AccessPath path();

  /** The table it reads. */
  DynamoSource source();
}
