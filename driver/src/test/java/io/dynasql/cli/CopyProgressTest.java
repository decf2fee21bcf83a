package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy's progress lines, timed by a clock the test moves: at most one per interval, then the total. */
class CopyProgressTest {
  private long now = 5_000_000_000L;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void aLineAtMostEveryIntervalWithTheRateSinceTheStart() {
    CopyProgress p = new CopyProgress(err, () -> now, Duration.ofSeconds(2));
    for (int row = 1; row <= 30_000; row++) {
      now += 100_000; // 0.1 ms a row: 10,000 rows/s
      p.rowsRead(row);
    }
    p.finish();
    assertEquals(List.of(
        "   copying: 20,000 rows read, 10,000 rows/s",
        "   copied: 30,000 rows read in 3.0 s, 10,000 rows/s"), lines());
  }

  @Test
  void aCopyShorterThanTheIntervalPrintsNothing() {
    CopyProgress p = new CopyProgress(err, () -> now, Duration.ofSeconds(2));
    for (int row = 1; row <= 100; row++) {
      now += 1_000_000;
      p.rowsRead(row);
    }
    p.finish();
    assertEquals(List.of(), lines());
  }

  @Test
  void theRateCountsTheTimeBeforeTheFirstRow() {
    CopyProgress p = new CopyProgress(err, () -> now, Duration.ofSeconds(1));
    now += 3_000_000_000L; // the source takes 3 s to answer
    p.rowsRead(1);
    now += 1_000_000_000L;
    p.rowsRead(4_000);
    p.finish();
    assertEquals(List.of("   copying: 1 rows read, 0 rows/s", "   copying: 4,000 rows read, 1,000 rows/s",
        "   copied: 4,000 rows read in 4.0 s, 1,000 rows/s"), lines());
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
