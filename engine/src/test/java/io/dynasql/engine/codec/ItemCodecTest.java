package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Examples of {@link ItemCodec}: each type, the number forms, and rejection of foreign bytes. */
class ItemCodecTest {

  private static Map<String, AttributeValue> everyType() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.s("user#1"));
    item.put("small", AttributeValue.n("-12.5"));
    item.put("big", AttributeValue.n("-12345678901234567890123456789012345678"));
    item.put("huge", AttributeValue.n("1E+125"));
    item.put("tiny", AttributeValue.n("1E-130"));
    item.put("zero", AttributeValue.n(0));
    item.put("bin", AttributeValue.b(new byte[] {0, -1, 127}));
    item.put("yes", AttributeValue.bool(true));
    item.put("no", AttributeValue.bool(false));
    item.put("nothing", AttributeValue.nul());
    item.put("empty", AttributeValue.s(""));
    item.put("list", AttributeValue.l(AttributeValue.n(1), AttributeValue.l(), AttributeValue.m(Map.of())));
    item.put("map", AttributeValue.m(Map.of("k", AttributeValue.ss("a", "b"))));
    item.put("ss", AttributeValue.ss("x", "", "😀"));
    item.put("ns", AttributeValue.ns("1", "-1", "99999999999999999999999999999999999999"));
    item.put("bs", AttributeValue.bs(new byte[0], new byte[] {1}));
    return item;
  }

  @Test
  void everyTypeRoundTrips() {
    Map<String, AttributeValue> item = everyType();
    Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item));
    assertEquals(item, decoded);
    assertEquals(List.copyOf(item.keySet()), List.copyOf(decoded.keySet()));
  }

  @Test
  void emptyItemIsVersionAndCount() {
    byte[] encoded = ItemCodec.encode(Map.of());
    assertEquals(2, encoded.length);
    assertEquals(Map.of(), ItemCodec.decode(encoded));
  }

  @Test
  void decodeAttributeSkipsToTheNamedAttribute() {
    ByteBuffer buf = ByteBuffer.wrap(ItemCodec.encode(everyType()));
    assertEquals(AttributeValue.bs(new byte[0], new byte[] {1}), ItemCodec.decodeAttribute(buf, "bs"));
    assertEquals(AttributeValue.n("-12345678901234567890123456789012345678"), ItemCodec.decodeAttribute(buf, "big"));
    assertNull(ItemCodec.decodeAttribute(buf, "Id"));
    assertNull(ItemCodec.decodeAttribute(buf, "k")); // nested names are not top-level attributes
  }

  @Test
  void unpairedSurrogatesAreStoredAsQuestionMarks() {
    Map<String, AttributeValue> item = Map.of("s", AttributeValue.s("a\uD800b"));
    assertEquals(Map.of("s", AttributeValue.s("a?b")), ItemCodec.decode(ItemCodec.encode(item)));
  }

  @Test
  void foreignBytesAreRejected() {
    byte[] good = ItemCodec.encode(everyType());
    byte[] wrongVersion = good.clone();
    wrongVersion[0] = 99;
    byte[] truncated = Arrays.copyOf(good, good.length - 1);
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    for (byte[] bad : List.of(wrongVersion, truncated, trailing, new byte[0], new byte[] {1, 1, 1, 'a', 99})) {
      assertThrows(IllegalArgumentException.class, () -> ItemCodec.decode(bad));
    }
    assertThrows(IllegalArgumentException.class, () -> ItemCodec.decodeAttribute(ByteBuffer.wrap(wrongVersion), "id"));
    assertThrows(IllegalArgumentException.class, () -> ItemCodec.decodeAttribute(ByteBuffer.wrap(truncated), "absent"));
  }
}
