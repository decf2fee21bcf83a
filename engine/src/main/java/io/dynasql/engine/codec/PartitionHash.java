package io.dynasql.engine.codec;

/**
 * The 32-bit hash that places a partition in the store, and the hash ranges of parallel Scan
 * segments.
 *
 * <p>Physical keys start with {@code hash(enc(pk))} as an unsigned big-endian int, so a Scan walks
 * partitions in hash order and segment {@code s} of {@code T} is the contiguous hash range
 * {@code [segmentStart(s, T), segmentStart(s + 1, T))}. The hash is MurmurHash3 x86_32 with seed 0;
 * it is part of the on-disk format and must never change.
 */
public final class PartitionHash {
  /** The fixed seed; 0 keeps the hash equal to the published MurmurHash3 test vectors. */
  static final int SEED = 0;
  /** 2^32: the end of the hash space, as an unsigned value. */
  public static final long HASH_SPACE = 1L << 32;

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private PartitionHash() {}

  /** The hash of {@code len} bytes of {@code data} from {@code off}. */
  public static int hash(byte[] data, int off, int len) {
    return murmur3(data, off, len, SEED);
  }

  /** MurmurHash3 x86_32 with an explicit seed, kept separate so tests can check seeded vectors. */
  static int murmur3(byte[] data, int off, int len, int seed) {
    int h = seed;
    int blocksEnd = off + (len & ~3);
    int i = off;
    for (; i < blocksEnd; i += 4) {
      int k = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF) << 16 | data[i + 3] << 24;
      h ^= mixK(k);
      h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
    }
    int tail = len & 3;
    if (tail > 0) {
      int k = 0;
      if (tail == 3) k ^= (data[i + 2] & 0xFF) << 16;
      if (tail >= 2) k ^= (data[i + 1] & 0xFF) << 8;
      k ^= data[i] & 0xFF;
      h ^= mixK(k);
    }
    h ^= len;
    // Final avalanche so every input bit affects every output bit.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static int mixK(int k) {
    k *= C1;
    k = Integer.rotateLeft(k, 15);
    return k * C2;
  }

  /**
   * The unsigned start of segment {@code segment} of {@code totalSegments}:
   * {@code floor(segment × 2^32 / totalSegments)}, so {@code segmentStart(T, T) == 2^32} and the
   * segments tile the hash space exactly.
   */
  public static long segmentStart(int segment, int totalSegments) {
    if (totalSegments < 1) throw new IllegalArgumentException("totalSegments " + totalSegments);
    if (segment < 0 || segment > totalSegments) {
      throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
    }
    return ((long) segment << 32) / totalSegments;
  }

  /** The segment of {@code totalSegments} whose hash range holds {@code hash}. */
  public static int segmentOf(int hash, int totalSegments) {
    if (totalSegments < 1) throw new IllegalArgumentException("totalSegments " + totalSegments);
    // The largest s with floor(s × 2^32 / T) <= h is the largest s with s × 2^32 < (h + 1) × T.
    long h = Integer.toUnsignedLong(hash);
    return (int) (((h + 1) * totalSegments - 1) >>> 32);
  }
}
