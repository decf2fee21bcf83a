package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredValueTest {
  private static final Map<String, AttributeValue> ITEM = Map.of("pk", new AttributeValue.S("a"), "n", new AttributeValue.N(new java.math.BigDecimal("42")));

  private static byte[] encode(long version, byte[] fullKey) {
    ByteWriter out = new ByteWriter();
    out.put(new byte[] {9, 9}); // a value may be appended after other bytes
    StoredValue.encode(ITEM, version, fullKey, fullKey == null ? 0 : fullKey.length, out);
    return Arrays.copyOfRange(out.buffer(), 2, out.length());
  }

  @Test
  void roundTripsVersionAndBody() {
    byte[] v = encode(1234567890123L, null);
    StoredValue.Parts p = StoredValue.parts(v, 0, v.length);
    assertEquals(1234567890123L, p.version());
    assertFalse(p.hasFullKey());
    assertEquals(ITEM, ItemCodec.decode(v, p.bodyOff(), p.bodyLen()));
  }

  @Test
  void keepsTheFullKey() {
    byte[] key = new byte[700];
    Arrays.fill(key, (byte) 0x61);
    byte[] v = encode(7, key);
    StoredValue.Parts p = StoredValue.parts(v, 0, v.length);
    assertTrue(p.hasFullKey());
    assertArrayEquals(key, Arrays.copyOfRange(v, p.keyOff(), p.keyOff() + p.keyLen()));
    assertEquals(ITEM, ItemCodec.decode(v, p.bodyOff(), p.bodyLen()));
  }

  @Test
  void everyFlippedBitIsDetected() {
    byte[] v = encode(99, new byte[] {1, 2, 3});
    for (int i = 0; i < v.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] damaged = v.clone();
        damaged[i] ^= (byte) (1 << bit);
        int at = i;
        assertThrows(IllegalArgumentException.class, () -> StoredValue.parts(damaged, 0, damaged.length), "byte " + at);
      }
    }
  }

  @Test
  void truncatedValuesAreDetected() {
    byte[] v = encode(99, null);
    for (int len = 0; len < v.length; len++) {
      int l = len;
      assertThrows(IllegalArgumentException.class, () -> StoredValue.parts(v, 0, l), "length " + len);
    }
  }

  @Test
  void valuesWrittenBeforeTheHeaderReadWithVersionZero() {
    byte[] legacy = ItemCodec.encode(ITEM);
    StoredValue.Parts p = StoredValue.parts(legacy, 0, legacy.length);
    assertEquals(0, p.version());
    assertEquals(ITEM, ItemCodec.decode(legacy, p.bodyOff(), p.bodyLen()));
  }
}
