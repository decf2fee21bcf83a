package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The N key encoding. A nonzero number is written as {@code ±0.D1 D2 ... Dm × 100^E}, with base-100
 * digits Di, D1 and Dm nonzero: a sign header, then E, then one byte per digit, then a terminator.
 *
 * <p>Positive: header 0x03, exponent byte E+128, digit bytes Di+1 (1..100), terminator 0x00. For
 * equal signs a larger E means a larger magnitude, and for equal E the digits compare as a
 * fraction, the terminator (lowest) ranking a shorter fraction first. Negative numbers must sort in
 * the reverse order of their magnitudes, so header 0x01 is followed by the positive form of the
 * magnitude with every byte inverted (XOR 0xFF). Zero is the single byte 0x02, between the two.
 *
 * <p>Normalised numbers lie in [1E-130, 1E+126), so E is in [-64, 63] and fits one byte; they have
 * at most 38 decimal digits, so at most 20 base-100 digits.
 */
final class NumberKeyEncoding {
  static final int NEGATIVE = 0x01;
  static final int ZERO = 0x02;
  static final int POSITIVE = 0x03;
  private static final int EXPONENT_BIAS = 128;
  private static final int MAX_PAIRS = 20;

  private NumberKeyEncoding() {}

  static void put(BigDecimal value, ByteWriter out) {
    int sign = value.signum();
    if (sign == 0) {
      out.put(ZERO);
      return;
    }
    String digits = digits(value);
    int precision = digits.length();
    // value = 0.digits × 10^e10. Base 100 needs an even power of ten: when e10 is odd, shift in a
    // leading zero digit (0.0digits × 10^(e10+1)) so the pairs line up with 100^E.
    int e10 = precision - value.scale();
    int pad = e10 & 1;
    int e100 = (e10 + pad) / 2;
    if (e100 < -64 || e100 > 63) throw new IllegalArgumentException("Number not normalised: " + value);
    int flip = sign < 0 ? 0xFF : 0;
    out.put(sign < 0 ? NEGATIVE : POSITIVE);
    out.put((e100 + EXPONENT_BIAS) ^ flip);
    int total = precision + pad;
    for (int i = 0; i < total; i += 2) {
      int pair = digit(digits, i - pad) * 10 + digit(digits, i + 1 - pad);
      out.put((pair + 1) ^ flip);
    }
    out.put(flip); // terminator: 0x00, or 0xFF when inverted
  }

  /**
   * The unscaled value's digits without sign. Up to 18 digits they come from a long: BigDecimal's
   * unscaledValue() would build a BigInteger, whose toString is several times slower (keys are
   * written once per put, on the store's single writer thread).
   */
  private static String digits(BigDecimal value) {
    if (value.precision() > 18) return value.unscaledValue().abs().toString();
    long unscaled = value.scale() == 0 ? value.longValue() : value.scaleByPowerOfTen(value.scale()).longValue();
    return Long.toString(Math.abs(unscaled));
  }

  private static int digit(String digits, int i) {
    return i >= 0 && i < digits.length() ? digits.charAt(i) - '0' : 0;
  }

  /** Decodes the number that starts at off. */
  static KeyCodec.Decoded get(byte[] buf, int off) {
    int header = byteAt(buf, off);
    if (header == ZERO) return new KeyCodec.Decoded(new AttributeValue.N(BigDecimal.ZERO), off + 1);
    if (header != NEGATIVE && header != POSITIVE) throw corrupt(off, "sign header " + header);
    int flip = header == NEGATIVE ? 0xFF : 0;
    int e100 = (byteAt(buf, off + 1) ^ flip) - EXPONENT_BIAS;
    int pos = off + 2;
    long small = 0;
    BigInteger big = null;
    int pairs = 0;
    for (int b = byteAt(buf, pos) ^ flip; b != 0; b = byteAt(buf, ++pos) ^ flip) {
      if (b > 100 || ++pairs > MAX_PAIRS) throw corrupt(off, "digit byte " + b);
      // Nine pairs (18 digits) always fit a long; beyond that continue in a BigInteger.
      if (pairs <= 9) {
        small = small * 100 + (b - 1);
      } else {
        if (big == null) big = BigInteger.valueOf(small);
        big = big.multiply(BigInteger.valueOf(100)).add(BigInteger.valueOf(b - 1));
      }
    }
    if (pairs == 0) throw corrupt(off, "no digits");
    // 0.D1..Dm × 100^E = (D1..Dm as an integer) × 10^(2E - 2m)
    int scale = 2 * pairs - 2 * e100;
    BigDecimal magnitude = big == null ? BigDecimal.valueOf(small, scale) : new BigDecimal(big, scale);
    return new KeyCodec.Decoded(new AttributeValue.N(flip == 0 ? magnitude : magnitude.negate()), pos + 1);
  }

  private static int byteAt(byte[] buf, int i) {
    if (i >= buf.length) throw new IllegalArgumentException("Number key truncated at offset " + i);
    return buf[i] & 0xFF;
  }

  private static IllegalArgumentException corrupt(int off, String what) {
    return new IllegalArgumentException("Bad number key at offset " + off + ": " + what);
  }
}
