package io.dynasql.engine.model;

/** Whether a table keeps what point-in-time restore needs; the engine changes it at once. */
public enum PointInTimeRecoveryStatus {
  ENABLED, DISABLED
}
