package io.dynasql.federation.dynamo;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Items and values between dynasql's model and the AWS SDK v2's, both ways, losing nothing; public
 * so that tck's differential tests speak to moto with the same conversion.
 */
public final class SdkValues {
  private SdkValues() {}

  /** An item for the SDK; null (no item, no start key) stays null. */
  public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(Map<String, AttributeValue> item) {
    if (item == null) return null;
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, toSdk(v)));
    return out;
  }

  public static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue v) {
    var b = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
    if (v instanceof AttributeValue.S s) return b.s(s.value()).build();
    if (v instanceof AttributeValue.N n) return b.n(n.text()).build();
    if (v instanceof AttributeValue.B x) return b.b(SdkBytes.fromByteArray(x.value().toArray())).build();
    if (v instanceof AttributeValue.Bool x) return b.bool(x.value()).build();
    if (v instanceof AttributeValue.Null) return b.nul(true).build();
    if (v instanceof AttributeValue.L l) return b.l(l.values().stream().map(SdkValues::toSdk).toList()).build();
    if (v instanceof AttributeValue.M m) return b.m(toSdk(m.values())).build();
    if (v instanceof AttributeValue.SS s) return b.ss(new ArrayList<>(s.values())).build();
    if (v instanceof AttributeValue.NS s) return b.ns(s.values().stream().map(BigDecimal::toPlainString).toList()).build();
    AttributeValue.BS s = (AttributeValue.BS) v;
    return b.bs(s.values().stream().map(x -> SdkBytes.fromByteArray(x.toArray())).toList()).build();
  }

  /** An item from the service; null or empty (no item) gives null. */
  public static Map<String, AttributeValue> fromSdk(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    if (item == null || item.isEmpty()) return null;
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, fromSdk(v)));
    return out;
  }

  public static List<Map<String, AttributeValue>> fromSdkItems(List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items) {
    List<Map<String, AttributeValue>> out = new ArrayList<>(items.size());
    for (var i : items) out.add(fromSdk(i));
    return out;
  }

  public static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
    if (v.s() != null) return AttributeValue.s(v.s());
    if (v.n() != null) return AttributeValue.n(v.n());
    if (v.b() != null) return AttributeValue.b(v.b().asByteArray());
    if (v.bool() != null) return AttributeValue.bool(v.bool());
    if (Boolean.TRUE.equals(v.nul())) return AttributeValue.nul();
    if (v.hasL()) return AttributeValue.l(v.l().stream().map(SdkValues::fromSdk).toList());
    if (v.hasM()) {
      Map<String, AttributeValue> m = new LinkedHashMap<>();
      v.m().forEach((k, x) -> m.put(k, fromSdk(x)));
      return AttributeValue.m(m);
    }
    if (v.hasSs()) return new AttributeValue.SS(new LinkedHashSet<>(v.ss()));
    if (v.hasNs()) {
      LinkedHashSet<BigDecimal> ns = new LinkedHashSet<>();
      for (String n : v.ns()) ns.add(new BigDecimal(n));
      return new AttributeValue.NS(ns);
    }
    if (v.hasBs()) {
      LinkedHashSet<Bytes> bs = new LinkedHashSet<>();
      v.bs().forEach(x -> bs.add(Bytes.copyOf(x.asByteArray())));
      return new AttributeValue.BS(bs);
    }
    throw new IllegalArgumentException("The service returned an attribute value without a type: " + v);
  }
}
