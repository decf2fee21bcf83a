package io.dynasql.engine.model;

/** A stream's state as DescribeStream reports it; the engine changes state at once, so never ENABLING or DISABLING. */
public enum StreamStatus {
  ENABLED, DISABLED
}
