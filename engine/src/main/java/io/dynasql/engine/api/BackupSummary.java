package io.dynasql.engine.api;

/**
 * One backup in ListBackups' answer (API_BackupSummary.html): the backup and its table's name.
 *
 * @param tableName the table backed up
 * @param backupDetails the backup
 */
public record BackupSummary(String tableName, BackupDetails backupDetails) {}
