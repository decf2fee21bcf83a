package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators shared by the codec properties. Each mixes a tiny alphabet of edge values with the
 * full range: the tiny alphabet makes equal values and shared prefixes common, which is where
 * ordering and delimiting bugs hide; the full range covers everything else.
 */
final class CodecArbitraries {
  private CodecArbitraries() {}

  /** Valid Unicode strings (surrogates only in pairs) with U+0000, ASCII, BMP and astral chars. */
  static Arbitrary<String> strings(int minLength, int maxLength) {
    Arbitrary<Integer> edge = Arbitraries.of(0, 1, (int) 'a', (int) 'b', 0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF);
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(4, edge),
        Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(1, Arbitraries.integers().between(0, 0xD7FF)),
        Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
        Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    return codePoint.list().ofMinSize(minLength).ofMaxSize(maxLength).map(CodecArbitraries::fromCodePoints);
  }

  /** Any chars at all, unpaired surrogates included: not valid Unicode, but a possible String. */
  static Arbitrary<String> anyChars() {
    Arbitrary<Character> edge = Arbitraries.of('\0', 'x', '\u07FF', '\u0800', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFF');
    return Arbitraries.frequencyOf(Tuple.of(1, edge), Tuple.of(1, Arbitraries.chars()))
        .list().ofMaxSize(12)
        .map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  static Arbitrary<byte[]> bytes(int minLength, int maxLength) {
    Arbitrary<Byte> edge = Arbitraries.of((byte) 0, (byte) 1, (byte) 0x7F, (byte) 0x80, (byte) 0xFE, (byte) 0xFF);
    return Arbitraries.frequencyOf(Tuple.of(2, edge), Tuple.of(1, Arbitraries.bytes()))
        .list().ofMinSize(minLength).ofMaxSize(maxLength)
        .map(bs -> {
          byte[] out = new byte[bs.size()];
          for (int i = 0; i < out.length; i++) out[i] = bs.get(i);
          return out;
        });
  }

  /**
   * Normalised numbers across DynamoDB's whole range: value = ±0.digits × 10^e10 with e10 in
   * [-129, 126] and 1 to 38 digits, so |value| lies in [1E-130, 1E+126).
   */
  static Arbitrary<BigDecimal> numbers() {
    Arbitrary<String> fewDigits = Arbitraries.strings().withChars("0159").ofMaxLength(4);
    Arbitrary<String> manyDigits = Arbitraries.strings().numeric().ofMaxLength(37);
    Arbitrary<String> digits = Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of('1', '5', '9')), Tuple.of(1, Arbitraries.chars().range('1', '9'))),
            Arbitraries.frequencyOf(Tuple.of(3, fewDigits), Tuple.of(1, manyDigits)))
        .as((first, rest) -> first + rest);
    Arbitrary<Integer> e10 = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(-3, 4)),
        Tuple.of(1, Arbitraries.integers().between(-129, 126)));
    Arbitrary<BigDecimal> general = Combinators.combine(Arbitraries.of(1, -1), digits, e10)
        .as((sign, ds, e) -> new BigDecimal(new BigInteger(ds).multiply(BigInteger.valueOf(sign)), ds.length() - e));
    Arbitrary<BigDecimal> edges = Arbitraries.of(
        "0", "1", "-1", "10", "100", "0.1", "0.01", "99", "101", "-0.5", "1E-130", "-1E-130",
        "9.9999999999999999999999999999999999999E+125", "-9.9999999999999999999999999999999999999E+125",
        "12345678901234567890123456789012345678", "-0.00000000000000000000000000000000000001")
        .map(BigDecimal::new);
    Arbitrary<BigDecimal> longs = Arbitraries.longs().map(BigDecimal::valueOf);
    return Arbitraries.frequencyOf(Tuple.of(6, general), Tuple.of(1, edges), Tuple.of(1, longs))
        .map(v -> new AttributeValue.N(v).value());
  }

  static Arbitrary<AttributeType> keyTypes() {
    return Arbitraries.of(AttributeType.S, AttributeType.N, AttributeType.B);
  }

  /** Key values of one type; S and B keys are never empty in DynamoDB. */
  static Arbitrary<AttributeValue> keys(AttributeType type) {
    return switch (type) {
      case S -> strings(1, 6).map(AttributeValue.S::new);
      case B -> bytes(1, 6).map(b -> new AttributeValue.B(Bytes.wrap(b)));
      case N -> numbers().map(AttributeValue.N::new);
      default -> throw new IllegalArgumentException(type.toString());
    };
  }

  /** Lists of keys of one (random) type, for checking every pair. */
  static Arbitrary<List<AttributeValue>> keyLists() {
    return keyTypes().flatMap(t -> keys(t).list().ofMinSize(2).ofMaxSize(24));
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder sb = new StringBuilder();
    for (int cp : codePoints) sb.appendCodePoint(cp);
    return sb.toString();
  }
}
