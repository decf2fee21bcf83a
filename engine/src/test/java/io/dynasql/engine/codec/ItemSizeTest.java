package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ItemSize} against sizes worked out by hand from DynamoDB's documented rules
 * (developerguide/CapacityUnitCalculations.html); the arithmetic is in the comments.
 */
class ItemSizeTest {

  private static int n(String number) {
    return ItemSize.of(AttributeValue.n(number));
  }

  @Test
  void numbersCostOneBytePerDigitPairAlignedAtTheDecimalPointPlusOne() {
    // Pairs are aligned at the decimal point (found against DynamoDB Local's write units when
    // the tck still ran it; AWS documents only an approximation): 1.1 is the pairs "01" "10", so 2 + 1.
    assertEquals(1, n("0")); // zero is one byte
    assertEquals(3, n("1.1")); // pairs 01|10: 2 + 1
    assertEquals(3, n("10.01")); // pairs 10|01: 2 + 1
    assertEquals(2, n("1")); // 1 digit: 1 + 1
    assertEquals(2, n("12")); // 2 digits: 1 + 1
    assertEquals(3, n("123")); // 3 digits: 2 + 1
    assertEquals(3, n("-1")); // 1 digit: 1 + 1, + 1 for the sign
    assertEquals(2, n("1000")); // trailing zeros trimmed: "1", 1 + 1
    assertEquals(2, n("0.001")); // leading zeros trimmed: "1", 1 + 1
    assertEquals(4, n("100.01")); // "10001", 5 digits: 3 + 1
    assertEquals(20, n("12345678901234567890123456789012345678")); // 38 digits: 19 + 1
    // 1 digit before the point, 37 after: pairs 01|23|...|78 -> 1 + 19 = 20, + 1, + 1 for the sign
    assertEquals(22, n("-1.2345678901234567890123456789012345678"));
  }

  @Test
  void scalars() {
    assertEquals(5, ItemSize.of(Map.of("id", AttributeValue.s("abc")))); // "id" 2 + "abc" 3
    assertEquals(9, ItemSize.of(AttributeValue.s("é€😀"))); // UTF-8: 2 + 3 + 4
    assertEquals(3, ItemSize.of(AttributeValue.b(new byte[] {0, 1, 2}))); // raw bytes, not base64
    assertEquals(1, ItemSize.of(AttributeValue.bool(false)));
    assertEquals(1, ItemSize.of(AttributeValue.nul()));
    assertEquals(0, ItemSize.of(AttributeValue.s("")));
    assertEquals(4, ItemSize.attribute("ü", AttributeValue.s("ab"))); // name "ü" 2 + 2
  }

  @Test
  void documentsCostThreeBytesPlusOnePerElement() {
    assertEquals(3, ItemSize.of(AttributeValue.l()));
    assertEquals(3, ItemSize.of(AttributeValue.m(Map.of())));
    // 3 + (1 + "ab" 2) + (1 + N 1 = 2)
    assertEquals(9, ItemSize.of(AttributeValue.l(AttributeValue.s("ab"), AttributeValue.n(1))));
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("a", AttributeValue.s("xy"));
    m.put("bb", AttributeValue.bool(true));
    // 3 + (1 + "a" 1 + "xy" 2) + (1 + "bb" 2 + BOOL 1)
    assertEquals(11, ItemSize.of(AttributeValue.m(m)));
    // "m" 1 + M: 3 + (1 + "l" 1 + L: 3 + (1 + NULL 1)) = 1 + 3 + 1 + 1 + 5
    assertEquals(11, ItemSize.of(Map.of("m", AttributeValue.m(Map.of("l", AttributeValue.l(AttributeValue.nul()))))));
  }

  @Test
  void setsCostTheSumOfTheirElements() {
    assertEquals(4, ItemSize.of(AttributeValue.ss("a", "bcd"))); // 1 + 3
    assertEquals(8, ItemSize.of(AttributeValue.ns("1", "-12", "123"))); // 2 + (1 + 1 + 1) + (2 + 1)
    assertEquals(3, ItemSize.of(AttributeValue.bs(new byte[] {1, 2}, new byte[] {3}))); // 2 + 1
  }

  @Test
  void itemIsTheSumOfItsAttributes() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.s("abc")); // 2 + 3
    item.put("n", AttributeValue.n(123)); // 1 + 3
    item.put("ok", AttributeValue.bool(true)); // 2 + 1
    assertEquals(12, ItemSize.of(item));
  }

  @Property
  void utf8LengthIsTheLengthOfJavasEncoding(@ForAll("anyChars") String s) {
    assertEquals(s.getBytes(StandardCharsets.UTF_8).length, ItemSize.utf8Length(s));
  }

  @Provide
  Arbitrary<String> anyChars() {
    return CodecArbitraries.anyChars();
  }
}
