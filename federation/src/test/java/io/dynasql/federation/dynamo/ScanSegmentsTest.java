package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.federation.SourceException;
import io.dynasql.pushdown.backend.TableStatistics;
import org.junit.jupiter.api.Test;

/**
 * The segments of a parallel Scan
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan):
 * the option when given, else one per 32 MB DescribeTable reports, 1 to 16.
 */
class ScanSegmentsTest {
  private static TableStatistics.Sizes bytes(long bytes) {
    return new TableStatistics.Sizes(bytes / 100, bytes);
  }

  @Test
  void theSizeRuleGivesASegmentPer32MegabytesFromOneTo16() {
    ScanSegments bySize = ScanSegments.of("live", null);
    assertEquals(1, bySize.of(bytes(0)));
    assertEquals(1, bySize.of(bytes(32L << 20)));
    assertEquals(2, bySize.of(bytes((32L << 20) + 1)));
    assertEquals(16, bySize.of(bytes(10L << 30)));
  }

  @Test
  void theOptionWinsAndIsChecked() {
    assertEquals(4, ScanSegments.of("live", "4").of(bytes(0)));
    assertEquals(1, ScanSegments.of("live", "1").of(bytes(10L << 30)));
    for (String bad : new String[] {"0", "17", "-2", "2.5", ""}) {
      SourceException e = assertThrows(SourceException.class, () -> ScanSegments.of("live", bad));
      assertEquals(SourceException.BAD_OPTION, e.sqlState(), e.getMessage());
    }
  }
}
