package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Writes items in {@link ItemFormat}. */
final class ItemEncoder {
  private ItemEncoder() {}

  static void item(Map<String, AttributeValue> item, ByteWriter out) {
    out.put(ItemFormat.VERSION);
    members(item, out);
  }

  private static void members(Map<String, AttributeValue> map, ByteWriter out) {
    out.putVarint(map.size());
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      out.putUtf8WithLength(e.getKey());
      value(e.getValue(), out);
    }
  }

  private static void value(AttributeValue v, ByteWriter out) {
    switch (v.type()) {
      case S -> {
        out.put(ItemFormat.S);
        out.putUtf8WithLength(((AttributeValue.S) v).value());
      }
      case N -> number(((AttributeValue.N) v).value(), out);
      case B -> {
        out.put(ItemFormat.B);
        bytes(((AttributeValue.B) v).value(), out);
      }
      case BOOL -> out.put(((AttributeValue.Bool) v).value() ? ItemFormat.TRUE : ItemFormat.FALSE);
      case NULL -> out.put(ItemFormat.NULL);
      case L -> {
        out.put(ItemFormat.L);
        var values = ((AttributeValue.L) v).values();
        out.putVarint(values.size());
        for (AttributeValue element : values) value(element, out);
      }
      case M -> {
        out.put(ItemFormat.M);
        members(((AttributeValue.M) v).values(), out);
      }
      case SS -> {
        out.put(ItemFormat.SS);
        var values = ((AttributeValue.SS) v).values();
        out.putVarint(values.size());
        for (String s : values) out.putUtf8WithLength(s);
      }
      case NS -> {
        out.put(ItemFormat.NS);
        var values = ((AttributeValue.NS) v).values();
        out.putVarint(values.size());
        for (BigDecimal n : values) number(n, out);
      }
      case BS -> {
        out.put(ItemFormat.BS);
        var values = ((AttributeValue.BS) v).values();
        out.putVarint(values.size());
        for (Bytes b : values) bytes(b, out);
      }
    }
  }

  private static void bytes(Bytes b, ByteWriter out) {
    out.putVarint(b.length());
    out.put(b.unsafeArray());
  }

  private static void number(BigDecimal n, ByteWriter out) {
    BigInteger unscaled = n.unscaledValue();
    if (unscaled.bitLength() < 64) {
      out.put(ItemFormat.N_LONG);
      out.putVarlong(ItemFormat.zigzag(unscaled.longValue()));
    } else {
      out.put(ItemFormat.N_BIG);
      byte[] twos = unscaled.toByteArray();
      out.putVarint(twos.length);
      out.put(twos);
    }
    out.putVarint((int) ItemFormat.zigzag(n.scale()));
  }
}
