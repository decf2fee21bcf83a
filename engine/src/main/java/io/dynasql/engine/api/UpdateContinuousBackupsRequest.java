package io.dynasql.engine.api;

/**
 * UpdateContinuousBackups (API_UpdateContinuousBackups.html): turns point-in-time recovery on or
 * off for a table, or changes its recovery period.
 *
 * @param tableName the table
 * @param pointInTimeRecoverySpecification the setting
 */
public record UpdateContinuousBackupsRequest(String tableName, PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {}
