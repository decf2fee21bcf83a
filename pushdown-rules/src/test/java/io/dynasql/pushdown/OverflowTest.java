package io.dynasql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact sum of longs ({@link Overflow}) against BigInteger's, the reference: for lists of
 * values near BIGINT's ends, in several orders, the sum is BigInteger's when that fits a long and
 * an ArithmeticException when it does not, whatever the order.
 */
class OverflowTest {
  private static final BigInteger TOP = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger BOTTOM = BigInteger.valueOf(Long.MIN_VALUE);

  private static long sum(List<Long> values) {
    long total = 0;
    long wraps = 0;
    for (long v : values) {
      wraps = Overflow.wraps(total, v, wraps);
      total = Overflow.plus(total, v);
    }
    return Overflow.exact(total, wraps);
  }

  @Test
  void theEndsThemselves() {
    assertEquals(Long.MAX_VALUE, sum(List.of(Long.MAX_VALUE, 1L, -1L)));
    assertEquals(Long.MIN_VALUE, sum(List.of(Long.MIN_VALUE, -1L, 1L)));
    assertEquals(-1, sum(List.of(Long.MIN_VALUE, Long.MAX_VALUE)));
    assertEquals(0, sum(List.of(Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 2L)));
    ArithmeticException above = assertThrows(ArithmeticException.class, () -> sum(List.of(Long.MAX_VALUE, 1L)));
    assertTrue(above.getMessage().contains("above 9223372036854775807"), above.getMessage());
    ArithmeticException below = assertThrows(ArithmeticException.class, () -> sum(List.of(Long.MIN_VALUE, Long.MIN_VALUE)));
    assertTrue(below.getMessage().contains("below -9223372036854775808"), below.getMessage());
  }

  @Test
  void anyOrderGivesBigIntegersSumOrAnError() {
    Random random = new Random(20261203);
    for (int round = 0; round < 2_000; round++) {
      List<Long> values = new ArrayList<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        long near = random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(1000) : Long.MIN_VALUE + random.nextInt(1000);
        values.add(random.nextInt(3) == 0 ? (long) random.nextInt(2000) - 1000 : near);
      }
      BigInteger exact = values.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
      boolean fits = exact.compareTo(TOP) <= 0 && exact.compareTo(BOTTOM) >= 0;
      for (int order = 0; order < 3; order++) {
        Collections.shuffle(values, random);
        if (fits) assertEquals(exact.longValueExact(), sum(values), values.toString());
        else assertThrows(ArithmeticException.class, () -> sum(values), values.toString());
      }
    }
  }
}
