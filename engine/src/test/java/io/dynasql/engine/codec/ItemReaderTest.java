package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * {@link ItemReader}, which reuses one copy array, reader and decoder for a walk's values: each
 * value still reads as the item and version stored, of any size, also after a damaged one.
 */
class ItemReaderTest {

  @Property(tries = 200)
  void readsEveryStoredValueOfAWalk(@ForAll("itemsList") List<Map<String, AttributeValue>> items) {
    ItemReader reader = new ItemReader(null);
    long version = 1;
    for (Map<String, AttributeValue> item : items) {
      SizedItem read = reader.read(stored(item, version));
      assertEquals(item, read.item());
      assertEquals(ItemSize.of(item), read.size());
      assertEquals(version++, read.version());
    }
  }

  @Property(tries = 100)
  void aDamagedValueFailsAndTheNextReadsWhole(@ForAll("items") Map<String, AttributeValue> first,
      @ForAll("items") Map<String, AttributeValue> next) {
    ItemReader reader = new ItemReader(Set.of("pk"));
    UnsafeBuffer damaged = stored(first, 7);
    damaged.putByte(damaged.capacity() - 1, (byte) (damaged.getByte(damaged.capacity() - 1) ^ 1)); // fails its checksum
    assertThrows(IllegalArgumentException.class, () -> reader.read(damaged));
    Map<String, AttributeValue> expected = new java.util.LinkedHashMap<>(next);
    expected.keySet().retainAll(Set.of("pk"));
    assertEquals(expected, reader.read(stored(next, 8)).item());
  }

  private static UnsafeBuffer stored(Map<String, AttributeValue> item, long version) {
    ByteWriter out = new ByteWriter(16);
    StoredValue.encode(item, version, out);
    return new UnsafeBuffer(out.toArray());
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> items() {
    return ItemArbitraries.items();
  }

  @Provide
  Arbitrary<List<Map<String, AttributeValue>>> itemsList() {
    return ItemArbitraries.items().list().ofMaxSize(20);
  }
}
