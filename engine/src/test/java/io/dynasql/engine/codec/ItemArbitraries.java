package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of attribute values of every type, nested, and of whole items. */
final class ItemArbitraries {
  /** DynamoDB's limit on nesting of lists and maps. */
  static final int MAX_DEPTH = 32;

  private ItemArbitraries() {}

  /** Attribute names: never empty, any valid Unicode. */
  static Arbitrary<String> names() {
    return CodecArbitraries.strings(1, 8);
  }

  /** Every non-document type; strings and binaries may be empty, as non-key values may be. */
  static Arbitrary<AttributeValue> scalars() {
    Arbitrary<AttributeValue> s = CodecArbitraries.strings(0, 10).map(AttributeValue.S::new);
    Arbitrary<AttributeValue> n = CodecArbitraries.numbers().map(AttributeValue.N::new);
    Arbitrary<AttributeValue> b = CodecArbitraries.bytes(0, 10).map(v -> new AttributeValue.B(Bytes.wrap(v)));
    Arbitrary<AttributeValue> bool = Arbitraries.of(true, false).map(AttributeValue.Bool::new);
    Arbitrary<AttributeValue> nul = Arbitraries.just(AttributeValue.NULL);
    Arbitrary<AttributeValue> ss = CodecArbitraries.strings(0, 6).list().ofMinSize(1).ofMaxSize(4)
        .map(v -> new AttributeValue.SS(new LinkedHashSet<>(v)));
    Arbitrary<AttributeValue> ns = CodecArbitraries.numbers().list().ofMinSize(1).ofMaxSize(4)
        .map(v -> new AttributeValue.NS(new LinkedHashSet<BigDecimal>(v)));
    Arbitrary<AttributeValue> bs = CodecArbitraries.bytes(0, 6).list().ofMinSize(1).ofMaxSize(4)
        .map(v -> new AttributeValue.BS(v.stream().map(Bytes::wrap).collect(Collectors.toCollection(LinkedHashSet::new))));
    return Arbitraries.oneOf(List.of(s, n, b, bool, nul, ss, ns, bs));
  }

  /** Values nested up to {@code depth} lists/maps deep, small enough to stay cheap. */
  static Arbitrary<AttributeValue> bushy(int depth) {
    if (depth == 0) return scalars();
    Arbitrary<AttributeValue> inner = Arbitraries.lazy(() -> bushy(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, scalars()),
        Tuple.of(1, inner.list().ofMaxSize(3).map(AttributeValue.L::new)),
        Tuple.of(1, Arbitraries.maps(names(), inner).ofMaxSize(3).map(m -> new AttributeValue.M(new LinkedHashMap<>(m)))));
  }

  /**
   * A value exactly {@code depth} documents deep: a spine of lists and maps with small siblings.
   * The spine is generated as a flat list of levels and folded into the value afterwards, since
   * an arbitrary nested 32 deep would be costly for jqwik to build and to hash.
   */
  static Arbitrary<AttributeValue> deep(int depth) {
    Arbitrary<Level> level = Combinators.combine(Arbitraries.of(true, false), names(), bushy(1).list().ofMaxSize(2), names().list().ofMaxSize(2))
        .as(Level::new);
    return Combinators.combine(scalars(), level.list().ofSize(depth)).as((leaf, levels) -> {
      AttributeValue value = leaf;
      for (Level l : levels) value = l.wrap(value);
      return value;
    });
  }

  /** One level of a deep spine: a list or map holding some siblings and then the deeper value. */
  private record Level(boolean isList, String name, List<AttributeValue> siblings, List<String> siblingNames) {
    AttributeValue wrap(AttributeValue child) {
      if (isList) {
        List<AttributeValue> values = new ArrayList<>(siblings);
        values.add(child);
        return new AttributeValue.L(values);
      }
      Map<String, AttributeValue> values = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(siblings.size(), siblingNames.size()); i++) values.put(siblingNames.get(i), siblings.get(i));
      values.put(name, child);
      return new AttributeValue.M(values);
    }
  }

  /** Whole items: up to 8 attributes, some of them nested up to {@link #MAX_DEPTH} deep. */
  static Arbitrary<Map<String, AttributeValue>> items() {
    Arbitrary<AttributeValue> values = Arbitraries.frequencyOf(
        Tuple.of(6, bushy(3)),
        Tuple.of(1, Arbitraries.integers().between(1, MAX_DEPTH).flatMap(ItemArbitraries::deep)));
    return Arbitraries.maps(names(), values).ofMaxSize(8).map(LinkedHashMap::new);
  }
}
