package io.dynasql.engine.api;

/**
 * CreateBackup (APIReference/API_CreateBackup.html): an on-demand, full backup of one table.
 *
 * @param tableName the table to back up
 * @param backupName the backup's name, 3-255 characters of a-z A-Z 0-9 _ - .; names need not be unique
 */
public record CreateBackupRequest(String tableName, String backupName) {}
