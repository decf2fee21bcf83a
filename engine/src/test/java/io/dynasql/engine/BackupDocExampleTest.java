package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/backup.md's example, run, and a check that the page shows exactly this code. Semantics:
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html
 * and https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html.
 */
class BackupDocExampleTest {
  private static final Path DOC = Path.of("..", "docs", "backup.md");
  private static final Path SELF = Path.of("src", "test", "java", "io", "dynasql", "engine", "BackupDocExampleTest.java");

  @Test
  void theBackupExampleRuns() {
    // example start
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      db.createTable(CreateTableRequest.of("Orders", KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N)));
      db.updateContinuousBackups(new UpdateContinuousBackupsRequest("Orders", PointInTimeRecoverySpecification.enabled(7)));
      db.putItem(PutItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1), "status", s("NEW"))));
      BackupDetails nightly = db.createBackup(new CreateBackupRequest("Orders", "nightly"));

      clock.advance(Duration.ofMinutes(10));
      Instant beforeTheMistake = clock.instant();
      clock.advance(Duration.ofSeconds(1));
      db.deleteItem(DeleteItemRequest.of("Orders", Map.of("customer", s("alice"), "orderId", n(1))));
      clock.advance(Duration.ofMinutes(10));

      db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.at("Orders", "OrdersBefore", beforeTheMistake));
      db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("OrdersNightly", nightly.backupArn()));
      // OrdersBefore and OrdersNightly hold alice's order; Orders is empty
      // example end
      assertEquals(1, db.describeTable("OrdersBefore").itemCount());
      assertEquals(1, db.describeTable("OrdersNightly").itemCount());
      assertEquals(0, db.describeTable("Orders").itemCount());
    }
  }

  @Test
  void thePageShowsTheCodeThatRuns() throws IOException {
    DocExamples.assertPageShowsExample(DOC, SELF);
  }
}
