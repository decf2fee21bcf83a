package io.dynasql.engine.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Import's sort against a reference (a TreeMap by unsigned key, later rows replacing earlier ones):
 * random keys with few distinct hashes, so equal prefixes and equal keys are common, and hashes
 * with the top bit set, which a signed sort would put first.
 */
class BulkLoadSortTest {
  @Test
  void sortsByUnsignedKeyAndKeepsTheLastOfEqualKeys() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    List<BulkLoad.Row> rows = new ArrayList<>();
    TreeMap<byte[], byte[]> reference = new TreeMap<>(Arrays::compareUnsigned);
    for (int i = 0; i < 5000; i++) {
      byte[] key = new byte[8 + r.nextInt(3)];
      key[3] = 7;
      key[4] = (byte) (r.nextBoolean() ? 0x80 : 0x01);
      key[7] = (byte) r.nextInt(4);
      for (int j = 8; j < key.length; j++) key[j] = (byte) r.nextInt(3);
      byte[] value = {(byte) i, (byte) (i >> 8)};
      rows.add(new BulkLoad.Row(key, value, 1));
      reference.put(key, value);
    }
    List<BulkLoad.Row> sorted = BulkLoad.sortUnique(rows);
    assertEquals(reference.size(), sorted.size(), "seed " + seed);
    int i = 0;
    for (var e : reference.entrySet()) {
      assertEquals(Arrays.toString(e.getKey()), Arrays.toString(sorted.get(i).key()), "seed " + seed);
      assertEquals(Arrays.toString(e.getValue()), Arrays.toString(sorted.get(i).value()), "seed " + seed);
      i++;
    }
  }
}
