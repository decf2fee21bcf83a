package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ByteWriter} and its reading side {@link ByteReader}. */
class ByteWriterTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
    return out;
  }

  @Test
  void fixedWidthIntegersAreBigEndian() {
    ByteWriter w = new ByteWriter(0); // starts empty, so every put below must grow it
    w.put(0xAB);
    w.putInt(0x01020304);
    w.putLong(0x05060708090A0B0CL);
    w.put(bytes(0xFF, 0xEE, 0xDD), 1, 2);
    assertArrayEquals(bytes(0xAB, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0xEE, 0xDD), w.toArray());
    assertEquals(15, w.length());
  }

  @Test
  void varintsUseSevenBitsPerByteLowFirst() {
    ByteWriter w = new ByteWriter();
    w.putVarint(0);
    w.putVarint(127);
    w.putVarint(128);
    w.putVarint(300);
    w.putVarint(-1); // unsigned: 2^32 - 1 takes five bytes
    assertArrayEquals(bytes(0, 0x7F, 0x80, 0x01, 0xAC, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F), w.toArray());
  }

  @Test
  void resetKeepsCapacityAndForgetsContents() {
    ByteWriter w = new ByteWriter(2);
    w.put(new byte[1000]);
    w.reset();
    w.put(7);
    assertArrayEquals(bytes(7), w.toArray());
  }

  @Property
  void varintsAndVarlongsRoundTrip(@ForAll int i, @ForAll long l) {
    ByteWriter w = new ByteWriter(1);
    w.putVarint(i);
    w.putVarlong(l);
    byte[] buf = w.toArray();
    ByteReader r = new ByteReader(buf, 0, buf.length);
    assertEquals(i, r.readVarint());
    assertEquals(l, r.readVarlong());
    assertEquals(true, r.atEnd());
  }

  @Property
  void utf8IsWhatJavaWrites(@ForAll("anyChars") String s) {
    ByteWriter w = new ByteWriter(1);
    w.putUtf8(s);
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toArray());
  }

  @Provide
  Arbitrary<String> anyChars() {
    return CodecArbitraries.anyChars();
  }
}
