package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * BACKUP TABLE, RESTORE TABLE and ALTER TABLE ... SET POINT_IN_TIME_RECOVERY, the SQL spellings of
 * CreateBackup, RestoreTableFromBackup, RestoreTableToPointInTime and UpdateContinuousBackups
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html:
 * a time to the second, or the latest restorable time).
 */
class BackupParseTest {
  private static DdlStatement parse(String sql) {
    return DdlParser.parse(sql).orElseThrow();
  }

  private static void fails(String sql, String reason) {
    assertEquals(reason, assertThrows(DdlSyntaxException.class, () -> DdlParser.parse(sql)).reason());
  }

  @Test
  void backupAndRestoreStatements() {
    assertEquals(new DdlStatement.BackupTable("orders", null), parse("BACKUP TABLE orders"));
    assertEquals(new DdlStatement.BackupTable("Orders", "nightly"), parse("backup table Orders as 'nightly';"));
    assertEquals(new DdlStatement.RestoreFromBackup("orders_copy", "nightly"), parse("RESTORE TABLE orders_copy FROM BACKUP 'nightly'"));
    assertEquals(new DdlStatement.RestoreToPointInTime("orders_then", "orders", Instant.parse("2026-12-01T10:00:00Z")),
        parse("RESTORE TABLE orders_then FROM orders AS OF TIMESTAMP '2026-12-01 10:00:00'"));
    assertEquals(new DdlStatement.RestoreToPointInTime("orders_then", "orders", Instant.parse("2026-12-01T10:00:00Z")),
        parse("RESTORE TABLE orders_then FROM orders AS OF TIMESTAMP '2026-12-01T10:00:00Z'"));
    assertEquals(new DdlStatement.RestoreToPointInTime("orders_now", "orders", null), parse("RESTORE TABLE orders_now FROM orders"));
    assertEquals(new DdlStatement.RestoreToPointInTime("orders_now", "orders", null),
        parse("RESTORE TABLE orders_now FROM orders AS OF LATEST"));
    assertEquals(new DdlStatement.RestoreToPointInTime("orders_now", "backup", null), parse("RESTORE TABLE orders_now FROM backup"),
        "a table called backup is still a table");
  }

  @Test
  void pointInTimeRecoverySettings() {
    assertEquals(new DdlStatement.SetPointInTimeRecovery("orders", true, null), parse("ALTER TABLE orders SET POINT_IN_TIME_RECOVERY ON"));
    assertEquals(new DdlStatement.SetPointInTimeRecovery("orders", true, 7),
        parse("alter table orders set point_in_time_recovery on (recovery_period_in_days 7)"));
    assertEquals(new DdlStatement.SetPointInTimeRecovery("orders", false, null), parse("ALTER TABLE orders SET POINT_IN_TIME_RECOVERY OFF"));
  }

  @Test
  void errorsNameWhatWasExpected() {
    fails("BACKUP TABLE orders AS nightly", "Expected the backup's name in quotes after AS but found 'nightly'");
    fails("RESTORE TABLE t FROM orders AS OF TIMESTAMP 'yesterday'",
        "Expected a timestamp such as '2026-12-01 10:00:00' (UTC) but found 'yesterday'");
    fails("RESTORE TABLE t", "Expected FROM after table name t but found end of statement");
    fails("ALTER TABLE t SET POINT_IN_TIME_RECOVERY MAYBE", "Expected ON after SET POINT_IN_TIME_RECOVERY but found 'MAYBE'");
    fails("ALTER TABLE t SET POINT_IN_TIME_RECOVERY ON (7)", "Expected RECOVERY_PERIOD_IN_DAYS after ( but found '7'");
    assertTrue(DdlParser.parse("BACKUP").isEmpty(), "one word is not DDL");
  }
}
