package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeValue;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups and point-in-time recovery across kill -9: a child JVM writes into a table with PITR
 * and takes backups until it is killed. After reopening, a restore to the latest restorable time
 * equals the table (every acknowledged write is in the change log and the data alike), every
 * listed backup restores (a backup cut short by the kill is never listed), and the last
 * acknowledged write is present
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html).
 */
class BackupCrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void restoresAfterKillNineMatchTheData() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        BackupCrashWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
    int last = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while ((line = out.readLine()) != null && last < 1500 && System.nanoTime() < deadline) {
        if (line.startsWith("ack ")) last = Integer.parseInt(line.substring(4));
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    assertTrue(last >= 100, "the child acknowledged only " + (last + 1) + " writes before the deadline");
    try (Database db = Database.open(dir)) {
      Map<String, AttributeValue> lastWrite = db.getItem(GetItemRequest.of("Pitr", Map.of("id", s("k" + (last % 200))))).item();
      assertTrue(((AttributeValue.N) lastWrite.get("n")).value().intValue() >= last, "acknowledged write " + last + " lost");

      db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.latest("Pitr", "Latest"));
      assertEquals(items(db, "Pitr"), items(db, "Latest"));

      List<BackupSummary> backups = db.listBackups(ListBackupsRequest.of("Pitr")).backupSummaries();
      assertTrue(backups.size() >= 2, "backups listed: " + backups.size());
      for (int i = 0; i < backups.size(); i++) {
        db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("FromBackup" + i, backups.get(i).backupDetails().backupArn()));
        assertEquals(Math.min(200, 50 * (i + 1)), db.describeTable("FromBackup" + i).itemCount(), "backup " + i);
      }
    }
  }

  private static Map<String, Map<String, AttributeValue>> items(Database db, String table) {
    Map<String, Map<String, AttributeValue>> out = new HashMap<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = db.scan(ScanRequest.builder(table).exclusiveStartKey(start).build());
      page.items().forEach(i -> out.put(((AttributeValue.S) i.get("id")).value(), i));
      start = page.lastEvaluatedKey();
    } while (start != null);
    return out;
  }
}
