package io.dynasql.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynasql.engine.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Numbers#normalize} skips work for numbers that are already normal and checks magnitude
 * by exponent; this compares it with the straightforward rule (strip, count digits, compare the
 * magnitude with 1E+126 and 1E-130) on numbers in and out of range, normal or not.
 */
class NumbersNormalizeTest {
  private static final BigDecimal UPPER = new BigDecimal("1E+126");
  private static final BigDecimal LOWER = new BigDecimal("1E-130");

  /** The rule as first written, kept as the reference. */
  private static String reference(BigDecimal value) {
    if (value.signum() == 0) return BigDecimal.ZERO.toString();
    BigDecimal v = value.stripTrailingZeros();
    if (v.precision() > Numbers.MAX_DIGITS) return "digits";
    if (v.abs().compareTo(UPPER) >= 0) return "overflow";
    if (v.abs().compareTo(LOWER) < 0) return "underflow";
    return v.unscaledValue() + "E" + v.scale();
  }

  private static String actual(BigDecimal value) {
    try {
      BigDecimal v = Numbers.normalize(value);
      return v.signum() == 0 ? v.toString() : v.unscaledValue() + "E" + v.scale();
    } catch (ValidationException e) {
      String m = e.getMessage();
      return m.contains("38 significant") ? "digits" : m.contains("overflow") ? "overflow" : "underflow";
    }
  }

  @Property(tries = 3000)
  void sameResultAsTheReference(@ForAll("anyNumbers") BigDecimal value) {
    assertEquals(reference(value), actual(value), value.toString());
  }

  @Test
  void boundariesAndSmallIntegers() {
    for (String s : new String[] {"1E+126", "-1E+126", "9.99E+125", "1E-130", "-1E-130", "9.9E-131",
        "10", "-10", "7", "-7", "123456789012345678", "1234567890123456789", "100E-2", "0E+5", "0.000"}) {
      BigDecimal v = new BigDecimal(s);
      assertEquals(reference(v), actual(v), s);
    }
    BigDecimal normal = BigDecimal.valueOf(123457);
    assertSame(normal, Numbers.normalize(normal));
    // as numbers are decoded from storage: 500 as 5E+2, 1.5 as 15E-1, already normal
    for (BigDecimal stored : new BigDecimal[] {BigDecimal.valueOf(5, -2), BigDecimal.valueOf(15, 1)}) {
      assertSame(stored, Numbers.normalize(stored));
    }
  }

  /** Unscaled values of 1 to 45 digits, often ending in zeros, at scales across and beyond the range. */
  @Provide
  Arbitrary<BigDecimal> anyNumbers() {
    Arbitrary<BigInteger> unscaled = Combinators.combine(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(42),
            Arbitraries.integers().between(0, 3), Arbitraries.of(1, -1))
        .as((digits, zeros, sign) -> new BigInteger(digits + "0".repeat(zeros)).multiply(BigInteger.valueOf(sign)));
    Arbitrary<Integer> scale = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(-3, 3)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-200, 200)));
    Arbitrary<BigDecimal> longs = Arbitraries.longs().map(BigDecimal::valueOf);
    return Arbitraries.oneOf(Combinators.combine(unscaled, scale).as(BigDecimal::new), longs);
  }
}
