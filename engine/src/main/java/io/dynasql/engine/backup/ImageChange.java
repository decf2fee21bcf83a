package io.dynasql.engine.backup;

import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * One item change to apply to a restored table: the item's key and what it becomes (null: it
 * is deleted). Replaying the log forward applies new images; undoing it applies old images.
 * Encoded for a backup's {@code changes} file as the key's and the image's item encodings, each
 * with its length (-1 for no image).
 *
 * @param key the item's primary key
 * @param image the item after the change, or null when there is none
 */
record ImageChange(Map<String, AttributeValue> key, Map<String, AttributeValue> image) {

  byte[] encode() {
    byte[] k = ItemCodec.encode(key);
    byte[] i = image == null ? null : ItemCodec.encode(image);
    ByteBuffer b = ByteBuffer.allocate(8 + k.length + (i == null ? 0 : i.length));
    b.putInt(k.length).put(k).putInt(i == null ? -1 : i.length);
    if (i != null) b.put(i);
    return b.array();
  }

  static ImageChange decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int kl = b.getInt();
    Map<String, AttributeValue> key = ItemCodec.decode(bytes, 4, kl);
    b.position(4 + kl);
    int il = b.getInt();
    Map<String, AttributeValue> image = il < 0 ? null : ItemCodec.decode(bytes, b.position(), il);
    return new ImageChange(key, image);
  }
}
