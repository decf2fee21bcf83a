package io.dynasql.engine.model;

import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte string, compared by unsigned bytes as DynamoDB orders binary values.
 */
public final class Bytes implements Comparable<Bytes> {
  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** Copies {@code data} into a new value. */
  public static Bytes copyOf(byte[] data) {
    return new Bytes(data.clone());
  }

  /** Wraps {@code data} without copying; the caller must never change the array afterwards. */
  public static Bytes wrap(byte[] data) {
    return new Bytes(data);
  }

  /** A copy of the bytes. */
  public byte[] toArray() {
    return data.clone();
  }

  /** The bytes themselves, for codecs that only read them. Never modify the result. */
  public byte[] unsafeArray() {
    return data;
  }

  public int length() {
    return data.length;
  }

  /** Base64, as DynamoDB's JSON protocol writes binary values. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(data);
  }

  @Override
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(data, o.data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return toBase64();
  }
}
