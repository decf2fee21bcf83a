package io.dynasql.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Numbers#digits} counts digits as BigDecimal's precision does, for every long. */
class NumberDigitsTest {
  @Test
  void countsAsBigDecimalPrecisionDoesAtEveryPowerOfTenAndAtRandom() {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
    long p = 1;
    for (int i = 0; i < 19; i++) {
      for (long v : new long[] {p - 1, p, p + 1}) {
        values.add(v);
        values.add(-v);
      }
      if (i < 18) p *= 10;
    }
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) values.add(random.nextLong() >> random.nextInt(64));
    for (long v : values) assertEquals(BigDecimal.valueOf(v).precision(), Numbers.digits(v), "digits of " + v);
  }
}
