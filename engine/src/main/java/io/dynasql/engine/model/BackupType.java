package io.dynasql.engine.model;

/**
 * Who made a backup: USER for CreateBackup, SYSTEM for the one DynamoDB keeps when a table with
 * point-in-time recovery is deleted (API_BackupDetails.html).
 */
public enum BackupType {
  USER, SYSTEM
}
