package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.api.ContinuousBackupsDescription;
import io.dynasql.engine.api.PointInTimeRecoveryDescription;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.error.TableNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.PointInTimeRecoveryStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UpdateContinuousBackups and DescribeContinuousBackups against AWS's documentation: continuous
 * backups are ENABLED on every table, RecoveryPeriodInDays is 1 to 35, LatestRestorableDateTime
 * is typically 5 minutes before now, and re-enabling recovery resets the window's start
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/pointintimerecovery_restores.html).
 */
class ContinuousBackupsTest {
  @TempDir Path dir;

  @Test
  void disabledUntilEnabledThenAWindowFromTheEnablingToFiveMinutesAgo() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      ContinuousBackupsDescription off = f.db.describeContinuousBackups("orders");
      assertEquals("ENABLED", off.continuousBackupsStatus());
      assertEquals(PointInTimeRecoveryStatus.DISABLED, off.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
      assertNull(off.pointInTimeRecoveryDescription().earliestRestorableDateTime());

      Instant enabled = f.clock.instant();
      f.enablePitr("orders");
      f.clock.advance(Duration.ofHours(2));
      PointInTimeRecoveryDescription on = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
      assertEquals(PointInTimeRecoveryStatus.ENABLED, on.pointInTimeRecoveryStatus());
      assertEquals(35, on.recoveryPeriodInDays(), "35 days by default");
      assertEquals(enabled.plusSeconds(1), on.earliestRestorableDateTime(), "the first whole second after the enabling");
      assertEquals(f.clock.instant().minus(Duration.ofMinutes(5)), on.latestRestorableDateTime());

      f.clock.advance(Duration.ofDays(40));
      on = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
      assertEquals(f.clock.instant().minus(Duration.ofDays(35)), on.earliestRestorableDateTime(), "only the last 35 days");
    }
  }

  @Test
  void thePeriodIsOneToThirtyFiveDaysAndABadOneChangesNothing() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled(7)));
      for (int bad : new int[] {0, 36}) {
        assertThrows(ValidationException.class, () -> f.db.updateContinuousBackups(
            new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled(bad))));
      }
      f.clock.advance(Duration.ofDays(10));
      PointInTimeRecoveryDescription d = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
      assertEquals(7, d.recoveryPeriodInDays());
      assertEquals(f.clock.instant().minus(Duration.ofDays(7)), d.earliestRestorableDateTime());
      assertThrows(TableNotFoundException.class, () -> f.db.describeContinuousBackups("missing"));
      assertThrows(TableNotFoundException.class, () -> f.db.updateContinuousBackups(
          new UpdateContinuousBackupsRequest("missing", PointInTimeRecoverySpecification.enabled())));
    }
  }

  @Test
  void turningRecoveryOffAndOnRestartsTheWindowAndTheSettingSurvivesReopening() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.enablePitr("orders");
      f.clock.advance(Duration.ofDays(2));
      f.db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.disabled()));
      assertEquals(PointInTimeRecoveryStatus.DISABLED,
          f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
      f.clock.advance(Duration.ofHours(1));
      Instant again = f.clock.instant();
      f.enablePitr("orders");
      f.reopen();
      f.clock.advance(Duration.ofHours(1));
      PointInTimeRecoveryDescription d = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
      assertEquals(again.plusSeconds(1), d.earliestRestorableDateTime());
    }
  }
}
