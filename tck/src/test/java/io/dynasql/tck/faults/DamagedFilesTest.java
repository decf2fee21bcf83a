package io.dynasql.tck.faults;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.check.Checker;
import io.dynasql.engine.check.Salvage;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a real database (a GSI, an LSI, {@value #ITEMS} items) is copied and each copy
 * damaged one way — truncated, emptied, zeroed, page headers and values flipped. For every case a
 * child JVM with the shaded driver opens it and runs full scans and index queries; it must end
 * with rows or a clean SQLException, never a crash or a hang. Then {@code check} must report the
 * damage and {@code salvage} must account for every item (copied + lost = {@value #ITEMS}).
 */
class DamagedFilesTest {
  static final int ITEMS = 3000;
  @TempDir Path dir;

  @Test
  void everyDamageIsReportedNeverACrashOrAHang() throws Exception {
    Path original = dir.resolve("original");
    create(original);
    List<Damage> cases = new ArrayList<>(DataPages.of(original).damages());
    List<Outcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      for (Damage d : cases) running.add(pool.submit(() -> runCase(original, d)));
      for (Future<Outcome> f : running) outcomes.add(f.get());
    } finally {
      pool.shutdownNow();
    }
    StringBuilder report = new StringBuilder();
    for (Outcome o : outcomes) report.append(o).append('\n');
    System.out.println("DamagedFilesTest: " + outcomes.size() + " cases\n" + report);
    for (Outcome o : outcomes) assertTrue(o.failure() == null, o.damage() + ": " + o.failure() + "\n" + report);
    assertTrue(outcomes.size() >= 14, report.toString());
  }

  /** What happened to one damaged copy. */
  record Outcome(String damage, String probe, String check, String salvage, String failure) {
    @Override
    public String toString() {
      return damage + " | probe: " + probe + " | check: " + check + " | salvage: " + salvage
          + (failure == null ? "" : " | FAILED: " + failure);
    }
  }

  private Outcome runCase(Path original, Damage damage) throws Exception {
    Path copy = dir.resolve("case-" + damage.name().replaceAll("[^A-Za-z0-9]+", "-"));
    copyDirectory(original, copy);
    damage.applyTo(copy);
    ProbeRun probe = ProbeRun.run(copy);
    String failure = probe.failure();
    Checker.Report r = Checker.check(copy);
    String check = r.clean() ? "clean" : r.problems().size() + " problems, first: " + r.problems().get(0);
    if (failure == null && r.clean()) failure = "check found no damage";
    String salvage;
    try {
      Salvage.Result s = Salvage.run(copy, dir.resolve(copy.getFileName() + "-salvaged"));
      salvage = s.copiedTotal() + " copied, " + s.lostTotal() + " lost" + (s.lossKnown() ? "" : " (statistics lost too)");
      if (failure == null && s.lossKnown() && s.copiedTotal() + s.lostTotal() != ITEMS) failure = "salvage accounts for " + salvage + " of " + ITEMS;
      if (failure == null && s.copiedTotal() == 0) failure = "salvage copied nothing";
    } catch (DamagedDataException e) {
      salvage = "refused: " + e.getMessage();
      if (failure == null && !damage.name().contains("0 bytes")) failure = "salvage refused: " + e.getMessage();
    }
    return new Outcome(damage.name(), probe.line(), check, salvage, failure);
  }

  private static void create(Path directory) {
    try (Database d = Database.open(directory)) {
      d.createTable(CreateTableRequest.of("Orders", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
          .withGlobalIndexes(SecondaryIndex.all("ByStatus", KeySchema.of("status", AttributeType.S, "sk", AttributeType.N)))
          .withLocalIndexes(SecondaryIndex.all("ByTotal", KeySchema.of("pk", AttributeType.S, "total", AttributeType.N))));
      List<WriteRequest> batch = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        batch.add(WriteRequest.put(Map.of("pk", s("c" + (i % 60)), "sk", n(i), "status", s("s" + (i % 7)),
            "total", n(i * 3), "note", s("order " + i + " " + "x".repeat(200)))));
        if (batch.size() == 25) {
          d.batchWriteItem(Map.of("Orders", batch));
          batch = new ArrayList<>();
        }
      }
    }
    assertFalse(Checker.check(directory).problems().stream().anyMatch(p -> !p.contains("marker")), "the original is clean");
  }

  private static void copyDirectory(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!p.getFileName().toString().equals("lock.mdb")) Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  @Test
  void theProbeReadsAnUndamagedCopy() throws Exception {
    Path original = dir.resolve("original");
    create(original);
    ProbeRun r = ProbeRun.run(original);
    assertEquals(null, r.failure(), r.line());
    assertTrue(r.line().startsWith("OK "), r.line());
  }

}
