package io.dynasql.engine.api;

import io.dynasql.engine.model.PointInTimeRecoveryStatus;
import java.time.Instant;

/**
 * A table's point-in-time recovery state (API_PointInTimeRecoveryDescription.html).
 *
 * @param pointInTimeRecoveryStatus ENABLED or DISABLED
 * @param earliestRestorableDateTime the earliest second a restore may go back to; null when disabled
 * @param latestRestorableDateTime the latest: five minutes before now (never before the
 *     earliest); null when disabled
 * @param recoveryPeriodInDays the recovery period; null when disabled
 */
public record PointInTimeRecoveryDescription(PointInTimeRecoveryStatus pointInTimeRecoveryStatus,
    Instant earliestRestorableDateTime, Instant latestRestorableDateTime, Integer recoveryPeriodInDays) {}
