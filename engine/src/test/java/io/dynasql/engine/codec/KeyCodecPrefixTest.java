package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link KeyCodec#encodePrefix} and {@link KeyCodec#successor}: the range
 * [encodePrefix(p), successor(encodePrefix(p))) holds exactly the encodings of the values that
 * begin with p, which is what a begins_with key condition scans.
 */
class KeyCodecPrefixTest {

  @Property
  void valuesStartingWithAPrefixHaveEncodingsStartingWithItsEncoding(
      @ForAll("strings") String prefix, @ForAll("strings") String rest) {
    byte[] p = prefixOf(new AttributeValue.S(prefix));
    assertTrue(DynamoOrder.startsWith(KeyCodec.encode(new AttributeValue.S(prefix + rest)), p));
  }

  @Property
  void stringPrefixRangeHoldsExactlyTheMatchingValues(
      @ForAll("strings") String prefix, @ForAll("strings") String other, @ForAll boolean extend) {
    // Half the time the value extends the prefix, so both outcomes are well covered.
    String value = extend ? prefix + other : other;
    boolean begins = startsWith(value.getBytes(StandardCharsets.UTF_8), prefix.getBytes(StandardCharsets.UTF_8));
    assertEquals(begins, inRange(KeyCodec.encode(new AttributeValue.S(value)), prefixOf(new AttributeValue.S(prefix))),
        () -> "prefix " + prefix + " value " + value);
  }

  @Property
  void binaryPrefixRangeHoldsExactlyTheMatchingValues(
      @ForAll("bytes") byte[] prefix, @ForAll("bytes") byte[] other, @ForAll boolean extend) {
    byte[] value = extend ? DynamoOrder.concat(prefix, other) : other;
    AttributeValue.B v = new AttributeValue.B(Bytes.wrap(value));
    assertEquals(startsWith(value, prefix), inRange(KeyCodec.encode(v), prefixOf(new AttributeValue.B(Bytes.wrap(prefix)))));
  }

  @Property
  void successorRangeHoldsExactlyTheExtensions(
      @ForAll("bytes") byte[] prefix, @ForAll("bytes") byte[] other, @ForAll boolean extend) {
    byte[] x = extend ? DynamoOrder.concat(prefix, other) : other;
    assertEquals(startsWith(x, prefix), inRange(x, prefix));
  }

  @Property
  void successorIsNullOnlyWhenEveryByteIsFF(@ForAll("bytes") byte[] prefix) {
    boolean allFF = true;
    for (byte b : prefix) allFF &= b == (byte) 0xFF;
    assertEquals(allFF, KeyCodec.successor(prefix) == null);
  }

  private static byte[] prefixOf(AttributeValue prefix) {
    ByteWriter out = new ByteWriter(1);
    KeyCodec.encodePrefix(prefix, out);
    return out.toArray();
  }

  private static boolean inRange(byte[] encoded, byte[] lower) {
    byte[] upper = KeyCodec.successor(lower);
    return DynamoOrder.compareBytes(encoded, lower) >= 0 && (upper == null || DynamoOrder.compareBytes(encoded, upper) < 0);
  }

  private static boolean startsWith(byte[] value, byte[] prefix) {
    return DynamoOrder.startsWith(value, prefix);
  }

  @Provide
  Arbitrary<String> strings() {
    return CodecArbitraries.strings(0, 4);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(CodecArbitraries.bytes(0, 4), Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {1, (byte) 0xFF}));
  }
}
