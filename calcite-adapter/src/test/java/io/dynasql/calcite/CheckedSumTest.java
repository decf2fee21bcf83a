package io.dynasql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The additions a checked SUM of a narrower type than BIGINT calls: exact up to each type's bounds,
 * an ArithmeticException past them (a BIGINT sum's are {@code io.dynasql.pushdown.Overflow}'s, tested there).
 */
class CheckedSumTest {
  @Test
  void addsUpToTheBoundsOfEachType() {
    assertEquals(Integer.MAX_VALUE, CheckedSum.add(Integer.MAX_VALUE - 1, 1));
    assertEquals(Short.MIN_VALUE, CheckedSum.add((short) (Short.MIN_VALUE + 1), (short) -1));
    assertEquals(Byte.MAX_VALUE, CheckedSum.add((byte) 100, (byte) 27));
  }

  @Test
  void failsPastThem() {
    assertThrows(ArithmeticException.class, () -> CheckedSum.add(Integer.MIN_VALUE, -1));
    assertThrows(ArithmeticException.class, () -> CheckedSum.add(Short.MAX_VALUE, (short) 1));
    assertThrows(ArithmeticException.class, () -> CheckedSum.add((byte) -100, (byte) -29));
  }
}
