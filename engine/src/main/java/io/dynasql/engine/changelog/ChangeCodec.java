package io.dynasql.engine.changelog;

import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The bytes of the change log. Key: {@code keyspace (4) | sequence (8)}, big-endian, so one
 * table's records are one range in commit order. Value: {@code commit µs (8) | actor (1) |
 * partition (4) | old image | new image}, each image a length (4, -1 when absent) and the item
 * in the engine's item encoding.
 */
final class ChangeCodec {
  static final int KEY_BYTES = 12;

  private ChangeCodec() {}

  static byte[] key(int keyspace, long sequence) {
    return ByteBuffer.allocate(KEY_BYTES).putInt(keyspace).putLong(sequence).array();
  }

  static int keyspaceOf(byte[] key) {
    return ByteBuffer.wrap(key).getInt(0);
  }

  static long sequenceOf(byte[] key) {
    return ByteBuffer.wrap(key).getLong(4);
  }

  static byte[] value(long micros, Actor actor, int partition, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage) {
    byte[] o = oldImage == null ? null : ItemCodec.encode(oldImage);
    byte[] n = newImage == null ? null : ItemCodec.encode(newImage);
    ByteBuffer b = ByteBuffer.allocate(8 + 1 + 4 + 4 + len(o) + 4 + len(n));
    b.putLong(micros).put((byte) actor.ordinal()).putInt(partition);
    putImage(b, o);
    putImage(b, n);
    return b.array();
  }

  /** The commit time alone, without decoding the images (the trim and seek paths). */
  static long micros(byte[] value) {
    return ByteBuffer.wrap(value).getLong(0);
  }

  /** The partition alone (a shard reader skips other partitions' records without decoding them). */
  static int partition(byte[] value) {
    return ByteBuffer.wrap(value).getInt(9);
  }

  static ChangeRecord decode(long sequence, byte[] value) {
    ByteBuffer b = ByteBuffer.wrap(value);
    long micros = b.getLong();
    Actor actor = Actor.values()[b.get()];
    int partition = b.getInt();
    Map<String, AttributeValue> o = readImage(b, value);
    Map<String, AttributeValue> n = readImage(b, value);
    return new ChangeRecord(sequence, micros, partition, actor, o, n);
  }

  private static int len(byte[] image) {
    return image == null ? 0 : image.length;
  }

  private static void putImage(ByteBuffer b, byte[] image) {
    b.putInt(image == null ? -1 : image.length);
    if (image != null) b.put(image);
  }

  private static Map<String, AttributeValue> readImage(ByteBuffer b, byte[] value) {
    int n = b.getInt();
    if (n < 0) return null;
    Map<String, AttributeValue> item = ItemCodec.decode(value, b.position(), n);
    b.position(b.position() + n);
    return item;
  }
}
