package io.dynasql.engine.model;

/**
 * A backup's state. A backup is written completely before it is listed, so it is never CREATING
 * here; DeleteBackup answers with DELETED.
 */
public enum BackupStatus {
  AVAILABLE, DELETED
}
