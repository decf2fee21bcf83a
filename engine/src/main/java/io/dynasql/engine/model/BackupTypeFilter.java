package io.dynasql.engine.model;

/** ListBackups' BackupType filter: one kind, or ALL (the default). */
public enum BackupTypeFilter {
  USER, SYSTEM, ALL;

  /** Whether a backup of type {@code t} passes the filter. */
  public boolean accepts(BackupType t) {
    return this == ALL || name().equals(t.name());
  }
}
