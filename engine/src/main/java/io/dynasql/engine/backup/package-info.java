/**
 * Backups and point-in-time restore: CreateBackup / DescribeBackup / ListBackups / DeleteBackup /
 * RestoreTableFromBackup, UpdateContinuousBackups / DescribeContinuousBackups and
 * RestoreTableToPointInTime. A backup is one table's items read in one LMDB read transaction
 * (readers never block LMDB's writer), written as files under the database directory; a
 * point-in-time restore starts from the table's recovery base (such a snapshot, with the change
 * log sequence it was taken at) and replays or undoes the change log's records up to the chosen
 * second. See docs/backup.md.
 */
package io.dynasql.engine.backup;
