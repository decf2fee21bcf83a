package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of a parallel Scan's pages, over segments played by a function (the DynamoDB
 * calls themselves are tested against moto in the driver): every page of every segment comes
 * once, each segment's pages chained by their last evaluated keys; an error of one segment
 * reaches the reader; a cancel stops it.
 */
class SegmentedScanTest {
  /** Segment s has {@code pages} pages of one item "s/p"; page p+1 must start at page p's key. */
  private static SegmentedScan.SegmentReader pages(int pages) {
    return (segment, start) -> {
      int page = start == null ? 0 : ((AttributeValue.N) start.get("next")).value().intValueExact();
      Map<String, AttributeValue> item = Map.of("id", new AttributeValue.S(segment + "/" + page));
      Map<String, AttributeValue> last = page + 1 < pages
          ? Map.of("next", new AttributeValue.N(java.math.BigDecimal.valueOf(page + 1))) : null;
      return ReadPage.range(List.of(item), 1, 1, 10, 0.5, last);
    };
  }

  @Test
  void everyPageOfEverySegmentComesOnce() {
    SegmentedScan scan = new SegmentedScan("T", 4, pages(5), null);
    Set<String> seen = new HashSet<>();
    double units = 0;
    int count = 0;
    for (ItemStream.Page p = scan.next(); p != null; p = scan.next()) {
      count++;
      units += p.readUnits();
      for (Map<String, AttributeValue> item : p.items()) seen.add(((AttributeValue.S) item.get("id")).value());
    }
    assertEquals(20, count);
    assertEquals(20, seen.size());
    assertEquals(10.0, units);
    assertNull(scan.next()); // stays ended
  }

  @Test
  void aSegmentsErrorReachesTheReader() {
    IllegalStateException boom = new IllegalStateException("segment 2 failed");
    SegmentedScan.SegmentReader good = pages(3);
    SegmentedScan scan = new SegmentedScan("T", 4, (segment, start) -> {
      if (segment == 2) throw boom;
      return good.read(segment, start);
    }, null);
    RuntimeException e = assertThrows(RuntimeException.class, () -> {
      while (scan.next() != null) {
        // read until the error comes
      }
    });
    assertSame(boom, e);
    assertNull(scan.next()); // closed by the error
  }

  @Test
  void aCancelStopsTheReaderWhileSegmentsAreStillReading() throws InterruptedException {
    AtomicBoolean cancel = new AtomicBoolean();
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> started = new ArrayList<>();
    SegmentedScan scan = new SegmentedScan("T", 2, (segment, start) -> {
      synchronized (started) {
        started.add(segment);
      }
      try {
        release.await(); // a call that does not answer until the scan is closed
      } catch (InterruptedException stopped) {
        throw new IllegalStateException("interrupted by close");
      }
      return pages(1).read(segment, start);
    }, cancel);
    cancel.set(true);
    assertThrows(StatementCanceledException.class, scan::next);
    assertNull(scan.next());
    release.countDown();
  }
}
