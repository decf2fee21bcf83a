package io.dynasql.engine.api;

/**
 * DescribeContinuousBackups' and UpdateContinuousBackups' answer
 * (API_ContinuousBackupsDescription.html). Continuous backups are always ENABLED, as on every
 * DynamoDB table; point-in-time recovery is the part a user switches.
 *
 * @param continuousBackupsStatus always "ENABLED"
 * @param pointInTimeRecoveryDescription the point-in-time recovery state
 */
public record ContinuousBackupsDescription(String continuousBackupsStatus,
    PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {}
