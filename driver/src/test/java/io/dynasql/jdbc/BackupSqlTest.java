package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BACKUP TABLE, RESTORE TABLE and SET POINT_IN_TIME_RECOVERY through JDBC, with DynamoDB's errors
 * as SQLStates: TableNotFoundException and BackupNotFoundException 42S02, TableAlreadyExistsException
 * 42S01, a period outside 1-35, a time outside the window or recovery off 22000
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html).
 */
class BackupSqlTest {
  @TempDir Path dir;

  @Test
  void backupRestoreAndTheirErrors() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:backup-sql"); Statement st = c.createStatement()) {
      Database db = c.unwrap(DynasqlConnection.class).database();
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR)");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW'), ('o2', 'PAID')");
      st.execute("ALTER TABLE orders SET POINT_IN_TIME_RECOVERY ON (RECOVERY_PERIOD_IN_DAYS 7)");
      assertEquals(7, db.describeContinuousBackups("orders").pointInTimeRecoveryDescription().recoveryPeriodInDays());
      st.execute("BACKUP TABLE orders AS 'nightly'");
      try (ResultSet rs = st.executeQuery("SELECT backup_name, table_name, backup_type FROM sys.backups")) {
        assertTrue(rs.next());
        assertEquals(List.of("nightly", "orders", "USER"), List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        assertFalse(rs.next());
      }
      st.execute("INSERT INTO orders (id, status) VALUES ('o3', 'NEW')");
      st.execute("RESTORE TABLE orders_copy FROM BACKUP 'nightly'");
      assertEquals(2, count(st, "orders_copy"));
      st.execute("RESTORE TABLE orders_now FROM orders AS OF LATEST");
      assertTrue(db.descriptors().containsKey("orders_now"));

      assertState("42S01", () -> st.execute("RESTORE TABLE orders_copy FROM BACKUP 'nightly'"));
      assertState("42S02", () -> st.execute("RESTORE TABLE other FROM BACKUP 'weekly'"));
      assertState("42S02", () -> st.execute("BACKUP TABLE missing"));
      assertState("22000", () -> st.execute("ALTER TABLE orders SET POINT_IN_TIME_RECOVERY ON (RECOVERY_PERIOD_IN_DAYS 36)"));
      assertState("22000", () -> st.execute("RESTORE TABLE other FROM orders AS OF TIMESTAMP '2000-01-01 00:00:00'"));
      assertState("22000", () -> st.execute("RESTORE TABLE other FROM orders_copy"));
      assertState("42601", () -> st.execute("RESTORE TABLE other FROM orders AS OF TIMESTAMP 'noon'"));
      assertFalse(db.descriptors().containsKey("other"));
      assertEquals(7, db.describeContinuousBackups("orders").pointInTimeRecoveryDescription().recoveryPeriodInDays());

      st.execute("DROP TABLE orders");
      try (ResultSet rs = st.executeQuery("SELECT backup_name, backup_type FROM sys.backups WHERE backup_type = 'SYSTEM'")) {
        assertTrue(rs.next());
        assertEquals("orders$DeletedTableBackup", rs.getString(1));
      }
    }
  }

  @Test
  void asOfTimestampRestoresTheTableAsItWasAtThatSecond() throws SQLException {
    SimulatedClock clock = new SimulatedClock(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    Instant then;
    try (Database db = Database.open(dir, new DatabaseOptions(64L << 20, false).withClock(clock))) {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S)));
      db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled()));
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("o1"))));
      clock.advance(Duration.ofMinutes(10));
      then = clock.instant();
      clock.advance(Duration.ofSeconds(1));
      db.putItem(PutItemRequest.of("orders", Map.of("id", s("o2"))));
      db.deleteItem(DeleteItemRequest.of("orders", Map.of("id", s("o1"))));
    }
    String at = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(then);
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + dir); Statement st = c.createStatement()) {
      st.execute("RESTORE TABLE orders_then FROM orders AS OF TIMESTAMP '" + at + "'");
      Database db = c.unwrap(DynasqlConnection.class).database();
      assertEquals(List.of(Map.of("id", s("o1"))), db.scan(ScanRequest.builder("orders_then").build()).items());
    }
  }

  private static long count(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private interface SqlCall {
    void run() throws SQLException;
  }

  private static void assertState(String state, SqlCall call) {
    SQLException e = assertThrows(SQLException.class, call::run);
    assertEquals(state, e.getSQLState(), e.getMessage());
  }
}
