package io.dynasql.federation.dynamo;

import io.dynasql.federation.SourceException;
import io.dynasql.pushdown.backend.TableStatistics;

/**
 * How many segments a full Scan of a DynamoDB source's table (or index) is read in at once
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.ParallelScan):
 * the source's {@code scan_segments} when given, otherwise one per {@link #BYTES_PER_SEGMENT} of
 * what DescribeTable reports, at most {@link #MAX}. A Scan page stops at 1 MB, so a segment of
 * 32 MB is about 32 calls made one after the other; a smaller table gains little from more
 * threads, and each segment costs at least one call (and one read unit) of its own.
 */
final class ScanSegments {
  /** The most segments a scan is split into: as many threads of one statement. */
  static final int MAX = 16;
  /** Table bytes per segment when the source does not say. */
  static final long BYTES_PER_SEGMENT = 32L << 20;

  /** The segments the option asks for, or null for the size rule. */
  private final Integer fixed;

  private ScanSegments(Integer fixed) {
    this.fixed = fixed;
  }

  /** The choice for a source whose {@code scan_segments} option is {@code option} (null when not given). */
  static ScanSegments of(String source, String option) {
    return new ScanSegments(option == null ? null : parse(source, option));
  }

  /** The segments for a Scan of what {@code sizes} describes. */
  int of(TableStatistics.Sizes sizes) {
    if (fixed != null) return fixed;
    long bytes = Math.max(0, sizes.bytes());
    return (int) Math.max(1, Math.min(MAX, (bytes + BYTES_PER_SEGMENT - 1) / BYTES_PER_SEGMENT));
  }

  /** The option's value as a number of segments, or a 22023 error naming it. */
  static int parse(String source, String value) {
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > MAX) {
      throw new SourceException(SourceException.BAD_OPTION,
          "Option scan_segments of source " + source + " must be a whole number from 1 to " + MAX + ", not " + value);
    }
    return n;
  }
}
