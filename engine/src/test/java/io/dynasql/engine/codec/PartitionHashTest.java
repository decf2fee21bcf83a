package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link PartitionHash}: published MurmurHash3 x86_32 vectors and the Scan segment ranges. */
class PartitionHashTest {

  private static int hash(String s, int seed) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return PartitionHash.murmur3(b, 0, b.length, seed);
  }

  @Test
  void matchesMurmur3Vectors() {
    assertEquals(0, hash("", 0));
    assertEquals(0x514E28B7, hash("", 1));
    assertEquals(0x81F16F39, hash("", 0xFFFFFFFF));
    assertEquals(0x3C2569B2, hash("a", 0)); // one tail byte
    assertEquals(0x9BBFD75F, hash("ab", 0)); // two tail bytes
    assertEquals(0xB3DD93FA, hash("abc", 0)); // three tail bytes
    assertEquals(0x43ED676A, hash("abcd", 0)); // one block, no tail
    assertEquals(0x2362F9DE, hash("\0\0\0\0", 0));
    assertEquals(0x248BFA47, hash("hello", 0));
    assertEquals(0x24884CBA, hash("Hello, world!", 0x9747B28C));
    assertEquals(0x2E4FF723, hash("The quick brown fox jumps over the lazy dog", 0));
    assertEquals(0x2FA826CD, hash("The quick brown fox jumps over the lazy dog", 0x9747B28C));
    // Bytes with the high bit set must not be sign-extended into the mix.
    byte[] high = {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x81, 0x7F};
    assertEquals(0xBBDCAEC7, PartitionHash.murmur3(high, 0, high.length, 0));
  }

  @Test
  void hashUsesSeedZero() {
    byte[] b = "hello".getBytes(StandardCharsets.UTF_8);
    assertEquals(0x248BFA47, PartitionHash.hash(b, 0, b.length));
  }

  @Property
  void hashReadsOnlyItsRange(@ForAll byte[] data, @ForAll @IntRange(max = 8) int before, @ForAll @IntRange(max = 8) int after) {
    byte[] padded = new byte[before + data.length + after];
    Arrays.fill(padded, (byte) 0x5A);
    System.arraycopy(data, 0, padded, before, data.length);
    assertEquals(PartitionHash.hash(data, 0, data.length), PartitionHash.hash(padded, before, data.length));
  }

  @Property
  void segmentsTileTheHashSpace(@ForAll @IntRange(min = 1, max = 1_000_000) int total, @ForAll int hash) {
    assertEquals(0, PartitionHash.segmentStart(0, total));
    assertEquals(PartitionHash.HASH_SPACE, PartitionHash.segmentStart(total, total));
    int s = PartitionHash.segmentOf(hash, total);
    long h = Integer.toUnsignedLong(hash);
    assertTrue(s >= 0 && s < total);
    assertTrue(PartitionHash.segmentStart(s, total) <= h && h < PartitionHash.segmentStart(s + 1, total));
  }

  @Test
  void smallSegmentCountsAreContiguousAndNonEmpty() {
    for (int total = 1; total <= 64; total++) {
      for (int s = 0; s < total; s++) {
        long start = PartitionHash.segmentStart(s, total);
        long end = PartitionHash.segmentStart(s + 1, total);
        assertTrue(start < end);
        assertEquals(s, PartitionHash.segmentOf((int) start, total));
        assertEquals(s, PartitionHash.segmentOf((int) (end - 1), total));
      }
    }
    assertEquals(1L << 31, PartitionHash.segmentStart(1, 2));
    assertEquals(1431655765L, PartitionHash.segmentStart(1, 3)); // floor(2^32 / 3)
  }

  @Test
  void badSegmentArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PartitionHash.segmentStart(0, 0));
    assertThrows(IllegalArgumentException.class, () -> PartitionHash.segmentStart(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> PartitionHash.segmentStart(5, 4));
    assertThrows(IllegalArgumentException.class, () -> PartitionHash.segmentOf(0, 0));
  }
}
