package io.dynasql.engine.ttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.TtlDelay;
import io.dynasql.engine.time.Micros;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The delay policy: immediate sweeps wake at the earliest known expiry (and each minute at the
 * latest); a maximum delay sweeps on that period; DynamoDB's own bound is 48 hours
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html:
 * "typically deletes expired items within two days").
 */
class SweepScheduleTest {
  private static final long T = 1_000 * Micros.HOUR;

  @Test
  void aNewSweeperSweepsAtOnce() {
    assertEquals(Long.MIN_VALUE, SweepSchedule.nextDue(TtlDelay.IMMEDIATE, Long.MIN_VALUE, Expiry.NEVER));
    assertEquals(Long.MIN_VALUE, SweepSchedule.nextDue(TtlDelay.atMost(Duration.ofHours(2)), Long.MIN_VALUE, Expiry.NEVER));
  }

  @Test
  void immediateWakesAtTheEarliestKnownExpiryOrAfterAMinute() {
    assertEquals(T + 5 * Micros.SECOND, SweepSchedule.nextDue(TtlDelay.IMMEDIATE, T, T + 5 * Micros.SECOND));
    assertEquals(T + Micros.MINUTE, SweepSchedule.nextDue(TtlDelay.IMMEDIATE, T, T + Micros.HOUR));
    assertEquals(T + Micros.MINUTE, SweepSchedule.nextDue(TtlDelay.IMMEDIATE, T, Expiry.NEVER));
  }

  @Test
  void aMaximumDelaySweepsOnItsPeriodWhateverIsKnown() {
    TtlDelay twoHours = TtlDelay.atMost(Duration.ofHours(2));
    assertEquals(T + 2 * Micros.HOUR, SweepSchedule.nextDue(twoHours, T, T + Micros.SECOND));
    assertEquals(T + 48 * Micros.HOUR, SweepSchedule.nextDue(TtlDelay.atMost(TtlDelay.MAX), T, Expiry.NEVER));
  }

  @Test
  void delaysOutsideZeroTo48HoursAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TtlDelay.atMost(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TtlDelay.atMost(Duration.ofSeconds(-1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TtlDelay.atMost(TtlDelay.MAX.plusSeconds(1)));
    assertEquals(true, e.getMessage().contains("at most PT48H"), e.getMessage());
  }
}
