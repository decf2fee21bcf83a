package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link ItemCodec} over random items of every type, nested up to 32 deep. */
class ItemCodecRoundTripTest {

  @Property(tries = 500)
  void decodeOfEncodeIsTheSameItemInTheSameOrder(@ForAll("items") Map<String, AttributeValue> item) {
    Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item));
    assertEquals(item, decoded);
    // equals() ignores order in maps and sets; the records' text shows it, nested levels included.
    assertEquals(item.toString(), decoded.toString());
  }

  @Property(tries = 500)
  void sizeCountedWhileDecodingIsItemSize(@ForAll("items") Map<String, AttributeValue> item) {
    byte[] encoded = ItemCodec.encode(item);
    SizedItem decoded = ItemCodec.decodeSized(encoded, 0, encoded.length);
    assertEquals(item, decoded.item());
    assertEquals(ItemSize.of(item), decoded.size());
  }

  @Property(tries = 500)
  void decodingSomeAttributesGivesThoseAndTheWholeItemsSize(@ForAll("items") Map<String, AttributeValue> item,
      @ForAll("names") String other) {
    byte[] encoded = ItemCodec.encode(item);
    java.util.Set<String> only = new java.util.HashSet<>();
    int i = 0;
    for (String name : item.keySet()) if (i++ % 2 == 0) only.add(name); // every other attribute
    only.add(other);
    SizedItem decoded = ItemCodec.decodeSized(encoded, 0, encoded.length, only);
    Map<String, AttributeValue> expected = new java.util.LinkedHashMap<>(item);
    expected.keySet().retainAll(only);
    assertEquals(expected, decoded.item());
    assertEquals(ItemSize.of(item), decoded.size());
  }

  @Property(tries = 200)
  void decodesFromEveryKindOfSource(@ForAll("items") Map<String, AttributeValue> item) {
    ByteWriter out = new ByteWriter(1);
    out.put(new byte[] {9, 9, 9}); // unrelated bytes before and after the item
    ItemCodec.encode(item, out);
    int len = out.length() - 3;
    out.put(new byte[] {7, 7});
    byte[] buf = out.toArray();

    assertEquals(item, ItemCodec.decode(buf, 3, len));
    for (ByteBuffer bb : buffers(buf, 3, len)) {
      int position = bb.position();
      assertEquals(item, ItemCodec.decode(bb));
      assertEquals(position, bb.position());
    }
  }

  @Property(tries = 200)
  void decodeAttributeFindsEachAttributeAndMissesOthers(
      @ForAll("items") Map<String, AttributeValue> item, @ForAll("names") String other) {
    byte[] encoded = ItemCodec.encode(item);
    for (ByteBuffer bb : buffers(encoded, 0, encoded.length)) {
      int position = bb.position();
      for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
        assertEquals(e.getValue(), ItemCodec.decodeAttribute(bb, e.getKey()));
      }
      if (!item.containsKey(other)) assertNull(ItemCodec.decodeAttribute(bb, other));
      assertEquals(position, bb.position());
    }
  }

  /** The same bytes as a heap buffer with an offset, a read-only view and a direct buffer. */
  static ByteBuffer[] buffers(byte[] buf, int off, int len) {
    ByteBuffer heap = ByteBuffer.wrap(buf, off, len).slice(); // arrayOffset() != 0
    ByteBuffer positioned = ByteBuffer.wrap(buf);
    positioned.position(off).limit(off + len);
    ByteBuffer direct = ByteBuffer.allocateDirect(len + 5);
    direct.position(5);
    direct.put(buf, off, len);
    direct.position(5);
    return new ByteBuffer[] {heap, positioned, positioned.asReadOnlyBuffer(), direct};
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> items() {
    return ItemArbitraries.items();
  }

  @Provide
  Arbitrary<String> names() {
    return ItemArbitraries.names();
  }
}
