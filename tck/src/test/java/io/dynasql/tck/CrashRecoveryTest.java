package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeValue;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a child JVM writes acknowledged two-item transactions and is killed with SIGKILL.
 * After reopening, every acknowledged transaction is present in full and no transaction is
 * half-applied.
 */
class CrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void acknowledgedWritesSurviveKillNine() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
    Map<Integer, Integer> lastAck = new HashMap<>();
    int acks = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while ((line = out.readLine()) != null && acks < 2000 && System.nanoTime() < deadline) {
        if (!line.startsWith("ack ")) continue;
        String[] parts = line.split(" ");
        lastAck.merge(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Math::max);
        acks++;
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    assertTrue(acks >= 100, "the child acknowledged only " + acks + " writes before the deadline");
    try (Database db = Database.open(dir)) {
      for (Map.Entry<Integer, Integer> e : lastAck.entrySet()) {
        for (int i = 0; i <= e.getValue(); i++) {
          for (String half : new String[] {"a-", "b-"}) {
            String id = half + e.getKey() + "-" + i;
            assertNotNull(db.getItem(GetItemRequest.of("Pairs", Map.of("id", s(id)))).item(), "acknowledged " + id + " lost");
          }
        }
      }
      Set<String> ids = new HashSet<>();
      Map<String, AttributeValue> start = null;
      do {
        PageResponse page = db.scan(ScanRequest.builder("Pairs").exclusiveStartKey(start).build());
        page.items().forEach(i -> ids.add(((AttributeValue.S) i.get("id")).value()));
        start = page.lastEvaluatedKey();
      } while (start != null);
      for (String id : ids) {
        String other = (id.startsWith("a-") ? "b-" : "a-") + id.substring(2);
        assertTrue(ids.contains(other), "half-applied transaction: " + id + " without " + other);
      }
      assertEquals(ids.size(), db.describeTable("Pairs").itemCount(), "statistics match the items");
    }
  }
}
