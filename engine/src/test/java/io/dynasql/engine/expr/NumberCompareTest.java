package io.dynasql.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Values#compare} of numbers, which compares whole numbers of up to 18 digits as longs,
 * against BigDecimal's order of the same numbers, made either way (from storage or from text).
 */
class NumberCompareTest {

  @Property(tries = 3000)
  void ordersNumbersAsBigDecimalDoes(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b) {
    int expected = Integer.signum(a.compareTo(b));
    AttributeValue.N x = new AttributeValue.N(a);
    AttributeValue.N y = new AttributeValue.N(b);
    assertEquals(expected, Integer.signum(Values.compare(x, y)));
    AttributeValue.N xs = AttributeValue.N.of(x.value().unscaledValue().longValueExact(), x.value().scale());
    assertEquals(expected, Integer.signum(Values.compare(xs, y)));
    assertEquals(expected == 0, xs.equals(y));
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    // Values whose unscaled digits fit a long, whole or not, near and across the 18-digit edge.
    Arbitrary<Long> digits = Arbitraries.oneOf(Arbitraries.longs().between(-2000, 2000),
        Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
        Arbitraries.of(999_999_999_999_999_999L, -999_999_999_999_999_999L, 1L, -1L, 0L));
    return Arbitraries.integers().between(-3, 3).flatMap(scale -> digits.map(d -> BigDecimal.valueOf(d, scale)));
  }
}
