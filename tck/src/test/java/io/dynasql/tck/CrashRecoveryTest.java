package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.model.AttributeValue;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a child JVM writes acknowledged transactions into a table with a stream and is
 * killed with SIGKILL. After reopening, every acknowledged transaction is present in full, no
 * transaction is half-applied, the change log (read as the table's stream) agrees with the data
 * (every committed write has its record and no record lacks its write), and so does the
 * materialized view kept in the same transactions.
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
      Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();
      Map<String, AttributeValue> start = null;
      do {
        PageResponse page = db.scan(ScanRequest.builder("Pairs").exclusiveStartKey(start).build());
        page.items().forEach(i -> ids.add(((AttributeValue.S) i.get("id")).value()));
        page.items().forEach(i -> items.put(Map.of("id", i.get("id")), i));
        start = page.lastEvaluatedKey();
      } while (start != null);
      for (String id : ids) {
        if (id.startsWith("counter-")) continue;
        String other = (id.startsWith("a-") ? "b-" : "a-") + id.substring(2);
        assertTrue(ids.contains(other), "half-applied transaction: " + id + " without " + other);
      }
      assertEquals(ids.size(), db.describeTable("Pairs").itemCount(), "statistics match the items");
      streamAgreesWithTheData(db, lastAck, items);
      viewAgreesWithTheData(db, items.values());
    }
  }

  /**
   * The materialized view kept in the writers' transactions holds, per thread, the count and the
   * sum of n of exactly the items that survived: no group change without its write, none lost.
   */
  private static void viewAgreesWithTheData(Database db, java.util.Collection<Map<String, AttributeValue>> items) {
    Map<AttributeValue, List<Long>> expected = new HashMap<>();
    for (Map<String, AttributeValue> i : items) {
      List<Long> g = expected.computeIfAbsent(i.get("t"), k -> new ArrayList<>(List.of(0L, 0L)));
      g.set(0, g.get(0) + 1);
      g.set(1, g.get(1) + ((AttributeValue.N) i.get("n")).value().longValueExact());
    }
    Map<AttributeValue, List<Long>> view = new HashMap<>();
    for (Map<String, AttributeValue> g : db.scan(ScanRequest.builder("pairs_by_thread").build()).items()) {
      view.put(g.get("t"), List.of(((AttributeValue.N) g.get("items")).value().longValueExact(),
          ((AttributeValue.N) g.get("total")).value().longValueExact()));
    }
    assertEquals(expected, view, "the view's groups are the surviving items' count and sum per thread");
  }

  /**
   * The table has a NEW_AND_OLD_IMAGES stream: replaying its records gives exactly the items
   * (no record without its write, no write without its record), and each thread's counter has a
   * record for every transaction up to the last one committed, acknowledged ones included.
   */
  private static void streamAgreesWithTheData(Database db, Map<Integer, Integer> lastAck,
      Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items) {
    List<StreamEvent> records = StreamAgreement.records(db, "Pairs");
    assertEquals(items, StreamAgreement.replay(records), "the stream replays to exactly the table's items");
    for (Map.Entry<Integer, Integer> e : lastAck.entrySet()) {
      AttributeValue counter = s("counter-" + e.getKey());
      List<Integer> values = new ArrayList<>();
      for (StreamEvent r : records) {
        if (counter.equals(r.dynamodb().keys().get("id"))) {
          values.add(((AttributeValue.N) r.dynamodb().newImage().get("n")).value().intValueExact());
        }
      }
      int last = ((AttributeValue.N) items.get(Map.of("id", counter)).get("n")).value().intValueExact();
      assertTrue(last >= e.getValue(), "counter-" + e.getKey() + " lost acknowledged transaction " + e.getValue());
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i <= last; i++) expected.add(i);
      assertEquals(expected, values, "counter-" + e.getKey() + ": one record per committed transaction, in order");
    }
  }
}
