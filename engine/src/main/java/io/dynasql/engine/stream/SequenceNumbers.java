package io.dynasql.engine.stream;

import io.dynasql.engine.error.ValidationException;

/**
 * Stream sequence numbers: "1", then the commit time in microseconds (17 digits), then the log's
 * sequence number (20 digits) — 38 digits, within DynamoDB's 21 to 40. Both parts only grow, so
 * the numbers are strictly increasing, numeric and textual order agree, and a shard's range
 * follows from its time window alone: it holds exactly the numbers whose time part lies in it.
 */
public final class SequenceNumbers {
  static final int LENGTH = 38;

  /** A parsed sequence number. */
  public record Parts(long micros, long sequence) {}

  private SequenceNumbers() {}

  public static String format(long micros, long sequence) {
    return String.format(java.util.Locale.ROOT, "1%017d%020d", micros, sequence);
  }

  /** The parts of {@code text}, or a ValidationException naming what is wrong with it. */
  public static Parts parse(String text) {
    if (text == null || text.length() != LENGTH || text.charAt(0) != '1' || !text.chars().allMatch(Character::isDigit)) {
      throw new ValidationException("Invalid SequenceNumber: " + text + " (not a sequence number of this stream)");
    }
    try {
      return new Parts(Long.parseLong(text.substring(1, 18)), Long.parseLong(text.substring(18)));
    } catch (NumberFormatException e) {
      throw new ValidationException("Invalid SequenceNumber: " + text + " (out of range)");
    }
  }
}
