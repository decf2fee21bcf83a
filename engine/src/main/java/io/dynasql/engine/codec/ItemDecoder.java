package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link ItemFormat}. Collections are created at their final size, so decoding allocates
 * little beyond the values themselves.
 */
final class ItemDecoder {
  private ItemDecoder() {}

  /** A whole item; the reader must hold exactly one. */
  static Map<String, AttributeValue> item(ByteReader in) {
    int version = in.readByte();
    if (version != ItemFormat.VERSION) throw in.corrupt("unknown item format version " + version);
    Map<String, AttributeValue> item = members(in);
    if (!in.atEnd()) throw in.corrupt("trailing bytes");
    return item;
  }

  private static Map<String, AttributeValue> members(ByteReader in) {
    int n = in.readLength();
    Map<String, AttributeValue> map = new LinkedHashMap<>(capacity(n));
    for (int i = 0; i < n; i++) {
      String name = in.readString();
      map.put(name, value(in));
    }
    return map;
  }

  /** The next value. */
  static AttributeValue value(ByteReader in) {
    int tag = in.readByte();
    switch (tag) {
      case ItemFormat.S: return new AttributeValue.S(in.readString());
      case ItemFormat.N_LONG: case ItemFormat.N_BIG: return new AttributeValue.N(number(tag, in));
      case ItemFormat.B: return new AttributeValue.B(Bytes.wrap(in.readBytes(in.readLength())));
      case ItemFormat.TRUE: return new AttributeValue.Bool(true);
      case ItemFormat.FALSE: return new AttributeValue.Bool(false);
      case ItemFormat.NULL: return AttributeValue.NULL;
      case ItemFormat.L: {
        int n = in.readLength();
        List<AttributeValue> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(value(in));
        return new AttributeValue.L(list);
      }
      case ItemFormat.M: return new AttributeValue.M(members(in));
      case ItemFormat.SS: {
        int n = in.readLength();
        Set<String> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(in.readString());
        return new AttributeValue.SS(set);
      }
      case ItemFormat.NS: {
        int n = in.readLength();
        Set<BigDecimal> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(number(in.readByte(), in));
        return new AttributeValue.NS(set);
      }
      case ItemFormat.BS: {
        int n = in.readLength();
        Set<Bytes> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(Bytes.wrap(in.readBytes(in.readLength())));
        return new AttributeValue.BS(set);
      }
      default: throw in.corrupt("unknown value tag " + tag);
    }
  }

  private static BigDecimal number(int tag, ByteReader in) {
    if (tag == ItemFormat.N_LONG) {
      long unscaled = ItemFormat.unzigzag(in.readVarlong());
      return BigDecimal.valueOf(unscaled, scale(in));
    }
    if (tag == ItemFormat.N_BIG) {
      BigInteger unscaled = new BigInteger(in.readBytes(in.readLength()));
      return new BigDecimal(unscaled, scale(in));
    }
    throw in.corrupt("not a number tag " + tag);
  }

  private static int scale(ByteReader in) {
    return (int) ItemFormat.unzigzag(Integer.toUnsignedLong(in.readVarint()));
  }

  /** A hash capacity that holds n entries without rehashing at the default load factor 0.75. */
  private static int capacity(int n) {
    return n + n / 3 + 1;
  }
}
