package io.dynasql.calcite.stream;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.ShardIteratorType;
import java.util.Locale;

/** Where a read of a whole stream starts in every shard: the two iterator types that need no sequence number. */
public enum StreamStart {
  /** The oldest record still kept (24 hours back at most). */
  TRIM_HORIZON(ShardIteratorType.TRIM_HORIZON),
  /** Just after the newest record: only changes made from now on. */
  LATEST(ShardIteratorType.LATEST);

  private final ShardIteratorType iteratorType;

  StreamStart(ShardIteratorType iteratorType) {
    this.iteratorType = iteratorType;
  }

  /** The GetShardIterator type that starts here. */
  public ShardIteratorType iteratorType() {
    return iteratorType;
  }

  /** {@code TRIM_HORIZON} or {@code LATEST} in any case; anything else is a ValidationException naming it. */
  public static StreamStart parse(String text) {
    if (text != null) {
      for (StreamStart s : values()) {
        if (s.name().equals(text.trim().toUpperCase(Locale.ROOT))) return s;
      }
    }
    throw new ValidationException("Unknown stream position " + (text == null ? "null" : "'" + text + "'")
        + ": expected 'TRIM_HORIZON' (every record kept) or 'LATEST' (changes from now on)");
  }
}
