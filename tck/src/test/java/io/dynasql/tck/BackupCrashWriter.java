package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The child process of {@link BackupCrashRecoveryTest}: on a clock an hour behind (so that,
 * reopened on the real clock, every write lies inside the restorable window), writes into a
 * table with point-in-time recovery, takes a backup every 50 writes, and prints {@code ack <i>}
 * after each acknowledged write until the parent kills it with SIGKILL.
 */
public final class BackupCrashWriter {
  private BackupCrashWriter() {}

  public static void main(String[] args) {
    Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
    Database db = Database.open(Path.of(args[0]), DatabaseOptions.DEFAULT.withClock(behind));
    db.createTable(CreateTableRequest.of("Pitr", KeySchema.of("id", AttributeType.S)));
    db.updateContinuousBackups(new UpdateContinuousBackupsRequest("Pitr", PointInTimeRecoverySpecification.enabled()));
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; ; i++) {
      db.putItem(PutItemRequest.of("Pitr", Map.of("id", s("k" + (i % 200)), "n", n(i))));
      if (i % 50 == 49) db.createBackup(new CreateBackupRequest("Pitr", "b" + i));
      System.out.println("ack " + i);
      System.out.flush();
    }
  }
}
