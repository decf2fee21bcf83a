package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link KeyCodec}'s byte layout, and its handling of misuse. */
class KeyCodecTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
    return out;
  }

  @Test
  void stringsAndBinariesAreEscapedAndTerminated() {
    assertArrayEquals(bytes('a', 0x00, 0x01), KeyCodec.encode(AttributeValue.s("a")));
    assertArrayEquals(bytes(0x00, 0xFF, 0x00, 0x01), KeyCodec.encode(AttributeValue.s("\0")));
    // "é" is C3 A9 in UTF-8.
    assertArrayEquals(bytes(0xC3, 0xA9, 0x00, 0x01), KeyCodec.encode(AttributeValue.s("é")));
    assertArrayEquals(bytes(0x00, 0xFF, 0x01, 0xFF, 0x00, 0x01), KeyCodec.encode(AttributeValue.b(bytes(0, 1, 0xFF))));
  }

  @Test
  void numbersAreSignExponentBase100DigitsTerminator() {
    assertArrayEquals(bytes(0x02), KeyCodec.encode(AttributeValue.n(0)));
    // 1 = 0.01 × 100^1: exponent 128+1, digit 01 written as 1+1, terminator.
    assertArrayEquals(bytes(0x03, 0x81, 0x02, 0x00), KeyCodec.encode(AttributeValue.n(1)));
    // -1: the same magnitude with every byte after the header inverted.
    assertArrayEquals(bytes(0x01, 0x7E, 0xFD, 0xFF), KeyCodec.encode(AttributeValue.n(-1)));
    // 100 = 0.01 × 100^2.
    assertArrayEquals(bytes(0x03, 0x82, 0x02, 0x00), KeyCodec.encode(AttributeValue.n(100)));
    // 12.5 = 0.1250 × 100^1: digits 12 and 50, written as 13 and 51.
    assertArrayEquals(bytes(0x03, 0x81, 13, 51, 0x00), KeyCodec.encode(AttributeValue.n("12.5")));
    // 1E-130 = 0.01 × 100^-64, the smallest exponent: byte 128-64.
    assertArrayEquals(bytes(0x03, 64, 0x02, 0x00), KeyCodec.encode(AttributeValue.n("1E-130")));
    // The largest magnitude is 0.99..99 × 100^63: exponent byte 191, nineteen 99s written as 100.
    byte[] max = KeyCodec.encode(AttributeValue.n("9.9999999999999999999999999999999999999E+125"));
    assertEquals(191, max[1] & 0xFF);
    assertEquals(2 + 19 + 1, max.length);
  }

  @Test
  void decodeReadsFromAnOffsetAndReportsTheEnd() {
    byte[] buf = bytes(0x77, 0x03, 0x81, 0x02, 0x00, 'x', 0x00, 0x01);
    KeyCodec.Decoded n = KeyCodec.decode(buf, 1, AttributeType.N);
    assertEquals(AttributeValue.n(1), n.value());
    assertEquals(5, n.next());
    KeyCodec.Decoded s = KeyCodec.decode(buf, n.next(), AttributeType.S);
    assertEquals(AttributeValue.s("x"), s.value());
    assertEquals(buf.length, s.next());
  }

  @Test
  void prefixIsTheEscapedBytesWithoutTerminator() {
    ByteWriter out = new ByteWriter();
    KeyCodec.encodePrefix(AttributeValue.s("a\0"), out);
    assertArrayEquals(bytes('a', 0x00, 0xFF), out.toArray());
  }

  @Test
  void successorDropsTrailingFFAndIncrements() {
    assertArrayEquals(bytes(0x02), KeyCodec.successor(bytes(0x01, 0xFF, 0xFF)));
    assertArrayEquals(bytes(0x61, 0x01), KeyCodec.successor(bytes(0x61, 0x00)));
    assertNull(KeyCodec.successor(bytes()));
    assertNull(KeyCodec.successor(bytes(0xFF, 0xFF)));
  }

  @Test
  void nonKeyTypesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.encode(AttributeValue.bool(true)));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.encode(AttributeValue.ss("a")));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.encodePrefix(AttributeValue.n(1), new ByteWriter()));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(0x02), 0, AttributeType.M));
  }

  @Test
  void malformedBytesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes('a', 'b'), 0, AttributeType.S));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes('a', 0x00, 0x05), 0, AttributeType.B));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(0x04), 0, AttributeType.N));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(0x03, 0x81, 0x02), 0, AttributeType.N));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(0x03, 0x81, 0x00), 0, AttributeType.N));
    assertThrows(IllegalArgumentException.class, () -> KeyCodec.decode(bytes(0x03, 0x81, 0xC8, 0x00), 0, AttributeType.N));
  }
}
