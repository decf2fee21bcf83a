package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link KeyCodec}: encodings sort as DynamoDB sorts the values, alone and as
 * partition key + sort key pairs, and decode back to the same values.
 */
class KeyCodecOrderTest {

  @Property(tries = 500)
  void encodingsSortInDynamoOrder(@ForAll("keyLists") List<AttributeValue> values) {
    for (AttributeValue a : values) {
      byte[] ea = KeyCodec.encode(a);
      for (AttributeValue b : values) {
        assertEquals(Integer.signum(DynamoOrder.compare(a, b)),
            Integer.signum(DynamoOrder.compareBytes(ea, KeyCodec.encode(b))), () -> a + " vs " + b);
      }
    }
  }

  @Property(tries = 300)
  void compositeKeysSortByPartitionThenSort(@ForAll("compositeKeys") List<List<AttributeValue>> keys) {
    for (List<AttributeValue> a : keys) {
      byte[] ea = DynamoOrder.concat(KeyCodec.encode(a.get(0)), KeyCodec.encode(a.get(1)));
      for (List<AttributeValue> b : keys) {
        byte[] eb = DynamoOrder.concat(KeyCodec.encode(b.get(0)), KeyCodec.encode(b.get(1)));
        int byPk = DynamoOrder.compare(a.get(0), b.get(0));
        int expected = byPk != 0 ? byPk : DynamoOrder.compare(a.get(1), b.get(1));
        assertEquals(Integer.signum(expected), Integer.signum(DynamoOrder.compareBytes(ea, eb)), () -> a + " vs " + b);
      }
    }
  }

  @Property
  void decodeReturnsTheValueAndItsEnd(@ForAll("keyLists") List<AttributeValue> values) {
    // Encode all values back to back: each must decode from its offset and end where the next begins.
    ByteWriter out = new ByteWriter(4);
    out.put(0x5A); // a foreign byte before the first key, so offsets are not all zero
    for (AttributeValue v : values) KeyCodec.encode(v, out);
    byte[] buf = out.toArray();
    int offset = 1;
    for (AttributeValue v : values) {
      KeyCodec.Decoded d = KeyCodec.decode(buf, offset, v.type());
      assertEquals(v, d.value());
      assertEquals(offset + KeyCodec.encode(v).length, d.next());
      offset = d.next();
    }
    assertEquals(buf.length, offset);
  }

  @Provide
  Arbitrary<List<AttributeValue>> keyLists() {
    return CodecArbitraries.keyLists();
  }

  @Provide
  Arbitrary<List<List<AttributeValue>>> compositeKeys() {
    return Combinators.combine(CodecArbitraries.keyTypes(), CodecArbitraries.keyTypes())
        .flatAs(KeyCodecOrderTest::compositeKeys);
  }

  private static Arbitrary<List<List<AttributeValue>>> compositeKeys(AttributeType pkType, AttributeType skType) {
    // Partition keys are drawn from a pool of up to three values so that equal ones are common.
    return CodecArbitraries.keys(pkType).list().ofMinSize(1).ofMaxSize(3).flatMap(pool ->
        Combinators.combine(Arbitraries.of(pool), CodecArbitraries.keys(skType)).as(List::of)
            .list().ofMinSize(2).ofMaxSize(16));
  }
}
