package io.dynasql.engine.api;

/**
 * UpdateContinuousBackups' setting (API_PointInTimeRecoverySpecification.html).
 *
 * @param pointInTimeRecoveryEnabled whether to keep what restores to a point in time need
 * @param recoveryPeriodInDays how far back restores may go, 1 to 35; null for the default, 35
 */
public record PointInTimeRecoverySpecification(boolean pointInTimeRecoveryEnabled, Integer recoveryPeriodInDays) {
  /** Enabled with the default period of 35 days. */
  public static PointInTimeRecoverySpecification enabled() {
    return new PointInTimeRecoverySpecification(true, null);
  }

  /** Enabled with a period of {@code days}. */
  public static PointInTimeRecoverySpecification enabled(int days) {
    return new PointInTimeRecoverySpecification(true, days);
  }

  /** Disabled. */
  public static PointInTimeRecoverySpecification disabled() {
    return new PointInTimeRecoverySpecification(false, null);
  }
}
