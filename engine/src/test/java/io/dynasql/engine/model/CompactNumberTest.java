package io.dynasql.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.ValidationException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link AttributeValue.N#of(long, int)}, the form numbers decode to from storage (digits in a
 * long, no BigDecimal), against the general form {@code new N(BigDecimal)}: the same number, the
 * same errors, equal both ways with one hash, and {@code longValue} exactly the BigDecimal's.
 */
class CompactNumberTest {
  private static final BigDecimal LONG_LIMIT = new BigDecimal("1E18");

  @Property(tries = 5000)
  void longFormIsTheGeneralForm(@ForAll("unscaled") long unscaled, @ForAll("scales") int scale) {
    BigDecimal exact = BigDecimal.valueOf(unscaled, scale);
    AttributeValue.N general;
    try {
      general = new AttributeValue.N(exact);
    } catch (ValidationException e) {
      ValidationException fast = assertThrows(ValidationException.class, () -> AttributeValue.N.of(unscaled, scale));
      assertEquals(e.getMessage(), fast.getMessage());
      return;
    }
    AttributeValue.N fast = AttributeValue.N.of(unscaled, scale);
    assertEquals(general, fast);
    assertEquals(fast, general);
    assertEquals(general.hashCode(), fast.hashCode());
    assertEquals(general.value(), fast.value()); // BigDecimal.equals: same digits and scale
    assertEquals(0, exact.compareTo(fast.value()));
    assertEquals(general.toString(), fast.toString());
    assertEquals(general.text(), fast.text());
    boolean whole = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
    boolean fits = whole && exact.abs().compareTo(LONG_LIMIT) < 0;
    assertEquals(fits, fast.fitsLong());
    assertEquals(fits, general.fitsLong());
    if (fits) {
      assertEquals(exact.longValueExact(), fast.longValue());
      assertEquals(exact.longValueExact(), general.longValue());
    }
  }

  @Test
  void edgeValues() {
    assertLong("0", 0);
    assertLong("-0", 0);
    assertLong("-7", -7);
    assertLong("500", 500);
    assertLong("5E+2", 500);
    assertLong("999999999999999999", 999_999_999_999_999_999L); // 18 digits
    assertLong("-999999999999999999", -999_999_999_999_999_999L);
    assertLong("1E+17", 100_000_000_000_000_000L);
    notLong("1E+18"); // 19 digits: the general path
    notLong("9223372036854775807"); // 19 digits
    notLong("12345678901234567890123456789012345678"); // 38 digits
    notLong("1.5");
    notLong("-0.001");
    notLong("1E+125");
    assertEquals(AttributeValue.n("1E+18"), AttributeValue.N.of(1_000_000_000_000_000_000L, 0));
    assertEquals(AttributeValue.n("9223372036854775807"), AttributeValue.N.of(Long.MAX_VALUE, 0));
    assertEquals(AttributeValue.n("-9223372036854775808"), AttributeValue.N.of(Long.MIN_VALUE, 0));
    assertEquals(AttributeValue.n("1.5"), AttributeValue.N.of(15, 1));
    assertEquals(AttributeValue.n("1.5"), AttributeValue.N.of(1500, 3)); // trailing zeros stripped
    assertThrows(ValidationException.class, () -> AttributeValue.N.of(1, -126)); // 1E+126
    assertThrows(ValidationException.class, () -> AttributeValue.N.of(1, 131)); // 1E-131
    assertThrows(IllegalStateException.class, () -> AttributeValue.n("1.5").longValue());
  }

  /** Small whole numbers come from a table made once: every form of them is still the general form. */
  @Test
  void smallWholeNumbersAreSharedAndTheGeneralForm() {
    for (long u = -1_300; u <= 1_300; u++) {
      for (int scale = -3; scale <= 3; scale++) {
        AttributeValue.N fast = AttributeValue.N.of(u, scale);
        AttributeValue.N general = new AttributeValue.N(BigDecimal.valueOf(u, scale));
        assertEquals(general, fast, u + "E" + -scale);
        assertEquals(general.hashCode(), fast.hashCode());
        assertEquals(general.value(), fast.value());
        assertEquals(general.fitsLong(), fast.fitsLong());
        if (fast.fitsLong()) assertEquals(general.longValue(), fast.longValue());
      }
    }
    assertTrue(AttributeValue.N.of(7, 0) == AttributeValue.N.of(7, 0), "shared");
    assertTrue(AttributeValue.N.of(120, 0) == AttributeValue.N.of(12, -1), "shared in its stored form too");
    assertFalse(AttributeValue.N.of(128, 0) == AttributeValue.N.of(128, 0), "beyond the table: made each time");
  }

  private static void assertLong(String text, long expected) {
    AttributeValue.N n = AttributeValue.n(text);
    assertTrue(n.fitsLong(), text);
    assertEquals(expected, n.longValue());
    assertEquals(n, AttributeValue.n(expected));
  }

  private static void notLong(String text) {
    assertFalse(AttributeValue.n(text).fitsLong(), text);
  }

  @Provide
  Arbitrary<Long> unscaled() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-2000, 2000),
        Arbitraries.longs().between(-2000, 2000).map(v -> v * 1_000_000), // trailing zeros
        Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L,
            1_000_000_000_000_000_000L, -999_999_999_999_999_999L, 100_000_000_000_000_000L));
  }

  @Provide
  Arbitrary<Integer> scales() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-20, 20), Arbitraries.integers().between(-150, 150),
        Arbitraries.of(0, -1, 1, -18, 18, -19, 19, -125, 130, -126, 131));
  }
}
