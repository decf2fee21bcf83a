package io.dynasql.engine.stream;

import io.dynasql.engine.error.ValidationException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Shard iterators as opaque strings, in DynamoDB's outline {@code <stream ARN>|1|<opaque>}. The
 * opaque part holds the shard (partition and period), the log position to read from and when the
 * iterator was handed out (it expires 15 minutes later), with a checksum so a damaged or made-up
 * iterator is refused instead of read.
 */
final class ShardIterators {
  /** DynamoDB's limit on an iterator's length. */
  static final int MAX_LENGTH = 2048;
  private static final String SEPARATOR = "|1|";

  /** A decoded iterator: read shard (partition, generation) of the stream from log sequence {@code position}. */
  record Position(String streamArn, int partition, long generation, long position, long issuedMicros) {}

  private ShardIterators() {}

  static String encode(Position p) {
    ByteBuffer b = ByteBuffer.allocate(4 + 8 + 8 + 8 + 8);
    b.putInt(p.partition()).putLong(p.generation()).putLong(p.position()).putLong(p.issuedMicros());
    b.putLong(checksum(p.streamArn(), b.array(), 28));
    return p.streamArn() + SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /** The iterator's content, or a ValidationException when it is not one this engine handed out. */
  static Position decode(String iterator) {
    if (iterator == null || iterator.isEmpty() || iterator.length() > MAX_LENGTH) {
      throw new ValidationException("Invalid ShardIterator: it must have 1 to " + MAX_LENGTH + " characters");
    }
    int sep = iterator.lastIndexOf(SEPARATOR);
    byte[] bytes;
    try {
      bytes = sep < 0 ? new byte[0] : Base64.getUrlDecoder().decode(iterator.substring(sep + SEPARATOR.length()));
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    String arn = sep < 0 ? "" : iterator.substring(0, sep);
    if (bytes.length != 36 || ByteBuffer.wrap(bytes).getLong(28) != checksum(arn, bytes, 28)) {
      throw new ValidationException("Invalid ShardIterator: not an iterator from GetShardIterator or GetRecords: " + abbreviate(iterator));
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    return new Position(arn, b.getInt(), b.getLong(), b.getLong(), b.getLong());
  }

  private static long checksum(String arn, byte[] bytes, int len) {
    CRC32 crc = new CRC32();
    crc.update(arn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    crc.update(bytes, 0, len);
    return crc.getValue();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
