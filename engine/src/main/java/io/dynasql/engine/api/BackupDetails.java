package io.dynasql.engine.api;

import io.dynasql.engine.model.BackupStatus;
import io.dynasql.engine.model.BackupType;
import java.time.Instant;

/**
 * A backup as CreateBackup, DescribeBackup and DeleteBackup report it (API_BackupDetails.html).
 *
 * @param backupArn {@code arn:aws:dynamodb:<region>:<account>:table/<table>/backup/<id>}
 * @param backupName its name
 * @param backupSizeBytes the size of the items it holds, as DynamoDB counts item sizes
 * @param backupStatus AVAILABLE, or DELETED in DeleteBackup's answer
 * @param backupType USER or SYSTEM
 * @param backupCreationDateTime when the snapshot was taken
 * @param backupExpiryDateTime when a SYSTEM backup goes (35 days after); null for USER backups
 */
public record BackupDetails(String backupArn, String backupName, long backupSizeBytes, BackupStatus backupStatus,
    BackupType backupType, Instant backupCreationDateTime, Instant backupExpiryDateTime) {}
