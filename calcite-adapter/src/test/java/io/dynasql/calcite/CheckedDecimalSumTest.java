package io.dynasql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a DECIMAL SUM hands out: the sum while DECIMAL(precision, scale) holds its whole digits, an ArithmeticException past them. */
class CheckedDecimalSumTest {
  @Test
  void aSumThatFitsIsHandedOutAsItIs() {
    BigDecimal most = new BigDecimal("9".repeat(36) + ".99");
    assertEquals(most, CheckedDecimalSum.fit(most, 38, 2));
    assertEquals(new BigDecimal("-1.50"), CheckedDecimalSum.fit(new BigDecimal("-1.50"), 38, 2));
    assertEquals(BigDecimal.ZERO.setScale(2), CheckedDecimalSum.fit(BigDecimal.ZERO.setScale(2), 38, 2));
  }

  @Test
  void moreWholeDigitsThanTheTypeHoldsAreOutOfRange() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> CheckedDecimalSum.fit(new BigDecimal("1" + "0".repeat(36) + ".00"), 38, 2));
    assertTrue(e.getMessage().contains("DECIMAL(38, 2)") && e.getMessage().contains("36 integer digits"), e.getMessage());
    // a sum BigDecimal keeps with a negative scale (1E+38) has 39 whole digits all the same
    assertThrows(ArithmeticException.class, () -> CheckedDecimalSum.fit(new BigDecimal("1E+38"), 38, 0));
    assertThrows(ArithmeticException.class, () -> CheckedDecimalSum.fit(new BigDecimal("-1" + "0".repeat(38)), 38, 0));
  }
}
