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
 * are equal records; binary values compare by content. Collections are unmodifiable copies.
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

  /** A number, normalised: no trailing zeros, at most 38 significant digits. */
  record N(BigDecimal value) implements AttributeValue {
    public N {
      value = Numbers.normalize(value);
    }
    @Override public AttributeType type() { return AttributeType.N; }
    /** The number as DynamoDB prints it (plain digits, no exponent, no trailing zeros). */
    public String text() { return Numbers.format(value); }
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

  static N n(long v) { return new N(BigDecimal.valueOf(v)); }

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
