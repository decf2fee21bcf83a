package io.dynasql.engine.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link Labels}: the label bounds beside a neighbour's stored key, at the ends of the space. */
class LabelsTest {
  @Test
  void boundsBesideNeighboursOfEveryTailLength() {
    assertEquals(OptionalLong.of(6), Labels.after(stored(0, 0, 0, 0, 0, 0, 0, 5)));
    assertEquals(OptionalLong.of(4), Labels.before(stored(0, 0, 0, 0, 0, 0, 0, 5)));
    assertEquals(OptionalLong.empty(), Labels.after(stored(-1, -1, -1, -1, -1, -1, -1, -1)));
    assertEquals(OptionalLong.empty(), Labels.before(stored(0, 0, 0, 0, 0, 0, 0, 0)));
    // A 1-byte tail 0x80 sorts below label 0x80000000_00000000 (a proper prefix of it), above all smaller.
    assertEquals(OptionalLong.of(0x8000_0000_0000_0000L), Labels.after(stored(0x80)));
    assertEquals(OptionalLong.of(0x7FFF_FFFF_FFFF_FFFFL), Labels.before(stored(0x80)));
    assertEquals(OptionalLong.empty(), Labels.before(stored(0)));
    // A 9-byte tail: its first 8 bytes as a label are a proper prefix of it, so below it.
    assertEquals(OptionalLong.of(0x0100_0000_0000_0001L), Labels.before(stored(1, 0, 0, 0, 0, 0, 0, 1, 9)));
    assertEquals(OptionalLong.of(0x0100_0000_0000_0002L), Labels.after(stored(1, 0, 0, 0, 0, 0, 0, 1, 9)));
  }

  @Test
  void betweenStepsFromOpenEndsAndHalvesClosedGaps() {
    assertEquals(OptionalLong.of(Labels.MIDDLE), Labels.between(0, -1L, false, false));
    assertEquals(OptionalLong.of(10 + ((-1L - 10) >>> 16)), Labels.between(10, -1L, true, false));
    assertEquals(OptionalLong.of(-1L - (-1L >>> 16)), Labels.between(0, -1L, false, true));
    assertEquals(OptionalLong.of(10 + Labels.STEP), Labels.between(10, 10 + (1L << 40), true, false)); // the least step
    assertEquals(OptionalLong.of(10 + 50), Labels.between(10, 110, true, false)); // at most half
    assertEquals(OptionalLong.of(15), Labels.between(10, 20, true, true));
    assertEquals(OptionalLong.of(7), Labels.between(7, 7, true, true));
    assertEquals(OptionalLong.empty(), Labels.between(8, 7, true, true));
  }

  @Test
  void spreadFitsOrRefuses() {
    long[] l = Labels.spread(0, -1L, 3);
    assertTrue(Long.compareUnsigned(l[0], l[1]) < 0 && Long.compareUnsigned(l[1], l[2]) < 0, Arrays.toString(l));
    assertArrayEquals(new long[] {11, 12, 13}, Labels.spread(10, 14, 3));
    assertNull(Labels.spread(10, 12, 3));
  }

  private static byte[] stored(int... tail) {
    byte[] out = new byte[LongKeys.PREFIX + tail.length];
    for (int i = 0; i < tail.length; i++) out[LongKeys.PREFIX + i] = (byte) tail[i];
    return out;
  }
}
