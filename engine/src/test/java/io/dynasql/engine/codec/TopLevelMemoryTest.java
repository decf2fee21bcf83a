package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dynasql.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Decoding item after item on one thread, as a Scan does, where {@link TopLevelMemory} carries
 * names, decisions and strings from one item to the next: every item still decodes to itself.
 */
class TopLevelMemoryTest {
  /** Strings that agree in length or prefix, are empty, or are not ASCII: what a miss must tell apart. */
  private static final List<String> STRINGS = List.of("p0000001", "p0000002", "p000000é", "", "p", "ab", "aé", "é", "\u00C3\u00A9", "\uD83D\uDE00");
  private static final List<String> NAMES = List.of("pk", "sk", "x", "v", "y");

  @Property(tries = 300)
  void consecutiveItemsDecodeToThemselves(@ForAll("sequences") @Size(min = 1, max = 30) List<Map<String, AttributeValue>> items,
      @ForAll("onlies") @Size(min = 1, max = 30) List<Set<String>> onlies) {
    Set<String> shared = Set.of("pk", "x"); // one set reused across items, as a page does
    for (int i = 0; i < items.size(); i++) {
      Map<String, AttributeValue> item = items.get(i);
      Set<String> only = i % 3 == 0 ? shared : onlies.get(i % onlies.size());
      byte[] encoded = ItemCodec.encode(item);
      SizedItem decoded = ItemCodec.decodeSized(encoded, 0, encoded.length, only, i);
      Map<String, AttributeValue> expected = new LinkedHashMap<>(item);
      if (only != null) expected.keySet().retainAll(only);
      assertEquals(expected, decoded.item());
      assertEquals(expected.toString(), decoded.item().toString()); // same order
      assertEquals(ItemSize.of(item), decoded.size());
      assertEquals(i, decoded.version());
    }
  }

  @Test
  void anEqualStringAtTheSamePositionIsShared() {
    AttributeValue first = decode(Map.of("pk", AttributeValue.s("p0000001"))).get("pk");
    assertSame(first, decode(Map.of("pk", AttributeValue.s("p0000001"))).get("pk"));
    AttributeValue other = decode(Map.of("pk", AttributeValue.s("p0000002"))).get("pk");
    assertEquals(AttributeValue.s("p0000002"), other);
    assertNotSame(first, other);
  }

  @Test
  void aPageAsksItsSetOfAttributesOncePerPosition() {
    int[] asked = {0};
    Set<String> only = new java.util.AbstractSet<>() {
      private final Set<String> names = Set.of("pk", "x");

      @Override
      public boolean contains(Object o) {
        asked[0]++;
        return names.contains(o);
      }

      @Override
      public java.util.Iterator<String> iterator() {
        return names.iterator();
      }

      @Override
      public int size() {
        return names.size();
      }
    };
    for (int i = 0; i < 10; i++) {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put("pk", AttributeValue.s("p" + i / 3));
      item.put("sk", AttributeValue.n(i));
      item.put("x", AttributeValue.n(i * 7));
      byte[] encoded = ItemCodec.encode(item);
      assertEquals(Map.of("pk", item.get("pk"), "x", item.get("x")), ItemCodec.decodeSized(encoded, 0, encoded.length, only).item());
    }
    assertEquals(3, asked[0]);
  }

  private static Map<String, AttributeValue> decode(Map<String, AttributeValue> item) {
    byte[] encoded = ItemCodec.encode(item);
    return ItemCodec.decodeSized(encoded, 0, encoded.length, null).item();
  }

  @Provide
  Arbitrary<List<Map<String, AttributeValue>>> sequences() {
    Arbitrary<AttributeValue> value = Arbitraries.oneOf(
        Arbitraries.of(STRINGS).map(AttributeValue::s), ItemArbitraries.scalars());
    // Names mostly in one order (as one table's items are), sometimes another or fewer.
    Arbitrary<List<String>> names = Arbitraries.oneOf(Arbitraries.just(NAMES), Arbitraries.just(NAMES),
        Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(5));
    Arbitrary<Map<String, AttributeValue>> item = names.flatMap(ns -> value.list().ofSize(ns.size()).map(vs -> {
      Map<String, AttributeValue> m = new LinkedHashMap<>();
      for (int i = 0; i < ns.size(); i++) m.put(ns.get(i), vs.get(i));
      return m;
    }));
    return item.list();
  }

  @Provide
  Arbitrary<List<Set<String>>> onlies() {
    return Arbitraries.of(NAMES).set().ofMaxSize(5).injectNull(0.2).list();
  }
}
