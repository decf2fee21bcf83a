package io.dynasql.engine.api;

/**
 * DescribeBackup's answer (API_BackupDescription.html): the backup and the table it holds.
 *
 * @param backupDetails the backup
 * @param sourceTableDetails the table as it was when the backup was taken
 */
public record BackupDescription(BackupDetails backupDetails, SourceTableDetails sourceTableDetails) {}
