package io.dynasql.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value: S, N, B, BOOL, NULL, L, M, SS, NS or BS.
 *
 * <p>Values are immutable. Numbers are held normalised (see {@link Numbers}) so that equal numbers
 * are equal values; binary values compare by content. Collections are unmodifiable copies.
 */
public sealed interface AttributeValue {

  /** The DynamoDB type of this value. */
  AttributeType type();

  /** A string. */
  record S(String value) implements AttributeValue {
    public S {
      if (value == null) throw new NullPointerException("S value");
    }
    @Override public AttributeType type() { return AttributeType.S; }
  }

  /**
   * A number, normalised: no trailing zeros, at most 38 significant digits. Numbers of at most
   * 18 digits (most) are also held as their unscaled digits in a {@code long} and a scale, and
   * one decoded from storage ({@link #of(long, int)}) makes its BigDecimal only when asked: a
   * Scan that compares or sums numbers need not build one per item. Equal numbers are equal and
   * hash alike however they were made.
   */
  final class N implements AttributeValue {
    /** Digits up to which the unscaled value is kept in a long, with room to spare. */
    private static final int COMPACT_DIGITS = 18;

    private BigDecimal value; // made from unscaled and scale on first use when null (a benign race: immutable)
    private final boolean compact;
    private final long unscaled;
    private final int scale;
    /** Whether the number is whole and of at most 18 digits, so {@link #longValue()} holds it. */
    private final boolean fitsLong;

    public N(BigDecimal value) {
      BigDecimal v = Numbers.normalize(value);
      this.value = v;
      this.compact = v.precision() <= COMPACT_DIGITS;
      // scale 0 reads the unscaled digits without allocating; other scales are less common on this path
      this.unscaled = !compact ? 0 : v.scale() == 0 ? v.longValue() : v.unscaledValue().longValue();
      this.scale = compact ? v.scale() : 0;
      this.fitsLong = compact && scale <= 0 && v.precision() - scale <= COMPACT_DIGITS;
    }

    private N(long unscaled, int scale, int digits) {
      this.compact = true;
      this.unscaled = unscaled;
      this.scale = scale;
      this.fitsLong = scale <= 0 && digits - scale <= COMPACT_DIGITS;
    }

    /** Whole numbers from {@value #SMALL_LOW} to {@value #SMALL_HIGH}, made once (as {@code Long.valueOf} keeps its own). */
    private static final int SMALL_LOW = -128;
    private static final int SMALL_HIGH = 127;
    private static final N[] SMALL = new N[SMALL_HIGH - SMALL_LOW + 1];

    static {
      for (int v = SMALL_LOW; v <= SMALL_HIGH; v++) {
        long u = v;
        int s = 0;
        while (u != 0 && u % 10 == 0) {
          u /= 10;
          s--;
        }
        SMALL[v - SMALL_LOW] = new N(u, s, Numbers.digits(u));
      }
    }

    /**
     * The number {@code unscaled × 10^-scale}, checked and normalised as {@link Numbers#normalize}
     * does. A small whole number (a count, a flag, a short sort key) is shared, not made per item
     * read: numbers are immutable, so sharing one is safe.
     */
    public static N of(long unscaled, int scale) {
      if (scale <= 0 && scale >= -2 && unscaled >= SMALL_LOW && unscaled <= SMALL_HIGH) {
        long whole = scale == 0 ? unscaled : scale == -1 ? unscaled * 10 : unscaled * 100; // 10 is stored as 1E+1
        if (whole >= SMALL_LOW && whole <= SMALL_HIGH) return SMALL[(int) whole - SMALL_LOW];
      }
      if (unscaled == 0) return new N(0, 0, 1);
      long s = scale;
      while (unscaled % 10 == 0) {
        unscaled /= 10;
        s--;
      }
      int digits = Numbers.digits(unscaled);
      Numbers.checkMagnitude(digits - s - 1);
      if (digits > COMPACT_DIGITS) return new N(BigDecimal.valueOf(unscaled, (int) s));
      return new N(unscaled, (int) s, digits);
    }

    /** The number. */
    public BigDecimal value() {
      BigDecimal v = value;
      if (v == null) value = v = BigDecimal.valueOf(unscaled, scale);
      return v;
    }

    /** Whether the number is a whole number of at most 18 digits, which {@link #longValue()} gives. */
    public boolean fitsLong() {
      return fitsLong;
    }

    /** The number as a long, when {@link #fitsLong()}; no BigDecimal is made. */
    public long longValue() {
      if (!fitsLong) throw new IllegalStateException("not a whole number of at most 18 digits: " + value());
      long v = unscaled;
      for (int i = scale; i < 0; i++) v *= 10; // at most 18 digits: no overflow
      return v;
    }

    @Override public AttributeType type() { return AttributeType.N; }

    /** The number as DynamoDB prints it (plain digits, no exponent, no trailing zeros). */
    public String text() { return Numbers.format(value()); }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof N n)) return false;
      // Normal forms are unique, and whether one is compact depends on its digits alone.
      if (compact || n.compact) return compact && n.compact && unscaled == n.unscaled && scale == n.scale;
      return value().equals(n.value());
    }

    @Override
    public int hashCode() {
      return compact ? 31 * Long.hashCode(unscaled) + scale : value().hashCode();
    }

    @Override
    public String toString() {
      return "N[value=" + value() + "]";
    }
  }

  /** A binary value; the array is copied in and never handed out uncopied. */
  record B(Bytes value) implements AttributeValue {
    public B {
      if (value == null) throw new NullPointerException("B value");
    }
    @Override public AttributeType type() { return AttributeType.B; }
  }

  /** A boolean. */
  record Bool(boolean value) implements AttributeValue {
    @Override public AttributeType type() { return AttributeType.BOOL; }
  }

  /** The NULL value (DynamoDB's {"NULL": true}). */
  record Null() implements AttributeValue {
    @Override public AttributeType type() { return AttributeType.NULL; }
  }

  /** A list of values of any type. */
  record L(List<AttributeValue> values) implements AttributeValue {
    public L {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
    @Override public AttributeType type() { return AttributeType.L; }
  }

  /** A map from attribute names to values; keeps insertion order. */
  record M(Map<String, AttributeValue> values) implements AttributeValue {
    public M {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
    @Override public AttributeType type() { return AttributeType.M; }
  }

  /** A string set (never empty once validated; order of insertion kept for output). */
  record SS(Set<String> values) implements AttributeValue {
    public SS {
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
    @Override public AttributeType type() { return AttributeType.SS; }
  }

  /** A number set; members are normalised numbers. */
  record NS(Set<BigDecimal> values) implements AttributeValue {
    public NS {
      LinkedHashSet<BigDecimal> copy = new LinkedHashSet<>();
      for (BigDecimal v : values) copy.add(Numbers.normalize(v));
      values = Collections.unmodifiableSet(copy);
    }
    @Override public AttributeType type() { return AttributeType.NS; }
  }

  /** A binary set. */
  record BS(Set<Bytes> values) implements AttributeValue {
    public BS {
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
    @Override public AttributeType type() { return AttributeType.BS; }
  }

  // ---- factories: the short way to write values in code and tests ----

  static S s(String v) { return new S(v); }

  static N n(String v) { return new N(Numbers.parse(v)); }

  static N n(long v) { return N.of(v, 0); }

  static N n(BigDecimal v) { return new N(v); }

  static B b(byte[] v) { return new B(Bytes.copyOf(v)); }

  static Bool bool(boolean v) { return new Bool(v); }

  static Null nul() { return NULL; }

  static L l(AttributeValue... vs) { return new L(Arrays.asList(vs)); }

  static L l(List<AttributeValue> vs) { return new L(vs); }

  static M m(Map<String, AttributeValue> vs) { return new M(vs); }

  static SS ss(String... vs) { return new SS(new LinkedHashSet<>(Arrays.asList(vs))); }

  static NS ns(String... vs) {
    LinkedHashSet<BigDecimal> set = new LinkedHashSet<>();
    for (String v : vs) set.add(Numbers.parse(v));
    return new NS(set);
  }

  static BS bs(byte[]... vs) {
    LinkedHashSet<Bytes> set = new LinkedHashSet<>();
    for (byte[] v : vs) set.add(Bytes.copyOf(v));
    return new BS(set);
  }

  /** The shared NULL value. */
  Null NULL = new Null();
}
