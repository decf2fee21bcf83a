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

  /**
   * {@link ItemReader#readInPlace} against the stored items themselves: each read holds the item
   * (its {@code only} attributes) with its size and version; the copies {@link ItemReader#keep}
   * made stay whole after the reads that follow reuse the map, which is never one of them.
   */
  @Property(tries = 200)
  void readsInPlaceAndKeepsCopies(@ForAll("itemsList") List<Map<String, AttributeValue>> items, @ForAll boolean some) {
    Set<String> only = some ? Set.of("pk", "a", "b") : null;
    ItemReader reader = new ItemReader(only);
    List<Map<String, AttributeValue>> kept = new java.util.ArrayList<>();
    List<Map<String, AttributeValue>> expected = new java.util.ArrayList<>();
    long version = 1;
    for (Map<String, AttributeValue> item : items) {
      Map<String, AttributeValue> read = reader.readInPlace(stored(item, version));
      Map<String, AttributeValue> want = new java.util.LinkedHashMap<>(item);
      if (only != null) want.keySet().retainAll(only);
      assertEquals(want, read);
      assertEquals(List.copyOf(want.keySet()), List.copyOf(read.keySet()), "stored order");
      assertEquals(ItemSize.of(item), reader.size());
      assertEquals(version++, reader.version());
      Map<String, AttributeValue> copy = reader.keep(read);
      org.junit.jupiter.api.Assertions.assertNotSame(read, copy);
      kept.add(copy);
      expected.add(want);
      Map<String, AttributeValue> own = new java.util.HashMap<>(want);
      org.junit.jupiter.api.Assertions.assertSame(own, reader.keep(own), "a map of its own is kept as it is");
    }
    assertEquals(expected, kept);
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
