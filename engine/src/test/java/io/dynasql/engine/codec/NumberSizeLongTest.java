package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ItemSize#numberSize(long, int)}, counted while decoding a stored number without making
 * its BigDecimal, against {@link ItemSize#numberSize(BigDecimal)} of the same normal number.
 */
class NumberSizeLongTest {

  @Property(tries = 3000)
  void sizeFromDigitsIsTheBigDecimalsSize(@ForAll("unscaled") long unscaled, @ForAll("scales") int scale) {
    if (unscaled % 10 == 0 && unscaled != 0) return; // stored numbers are normal: no trailing zero
    BigDecimal n = unscaled == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
    assertEquals(ItemSize.numberSize(n), ItemSize.numberSize(unscaled, unscaled == 0 ? 0 : scale), n.toString());
  }

  @Property(tries = 500)
  void decodedNumbersHaveTheirSize(@ForAll("unscaled") long unscaled, @ForAll("scales") int scale) {
    AttributeValue.N n;
    try {
      n = AttributeValue.N.of(unscaled, scale);
    } catch (RuntimeException outOfRange) {
      return;
    }
    java.util.Map<String, AttributeValue> item = java.util.Map.of("x", n);
    byte[] encoded = ItemCodec.encode(item);
    SizedItem decoded = ItemCodec.decodeSized(encoded, 0, encoded.length);
    assertEquals(ItemSize.of(java.util.Map.of("x", new AttributeValue.N(n.value()))), decoded.size());
    assertEquals(item, decoded.item());
  }

  @Provide
  Arbitrary<Long> unscaled() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1000, 1000),
        Arbitraries.of(0L, 1L, -1L, 9L, 11L, -99L, 101L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L));
  }

  @Provide
  Arbitrary<Integer> scales() {
    return Arbitraries.integers().between(-40, 40);
  }
}
